// TEST-ONLY: a process that imports a folder and reports its progress on stdout, to be killed mid-way.
// Usage: tsx test/support/importChild.ts LIBRARY_DIR FOLDER
import { AttacheService } from '../../electron/core/service';
import { importOrThrow } from './imports';

const [libraryDir, folder] = process.argv.slice(2);
const service = await AttacheService.open({ libraryDir: libraryDir! });
const report = await importOrThrow(service, folder!, {
  onProgress: ({ done, current }) => process.stdout.write(current === null ? 'indexing\n' : `done ${done}\n`),
});
process.stdout.write(`finished ${report.imported.length}\n`);

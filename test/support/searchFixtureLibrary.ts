// A library for search tests: the seeds, the multilingual and format fixtures, and test/fixtures/search.
import path from 'node:path';
import { AttacheService } from '../../electron/core/service';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from './paths';
import { importOrThrow } from './imports';

export async function openSearchLibrary(): Promise<AttacheService> {
  const service = await AttacheService.open({ libraryDir: await tempDir('search'), seedsDir: SEEDS_DIR });
  for (const folder of ['multilingual', 'formats', 'search'])
    await importOrThrow(service, path.join(PROJECT_DIR, 'test', 'fixtures', folder));
  return service;
}

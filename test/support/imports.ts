// Imports for tests and benchmarks: the report of an import that must succeed (its failure is the test's failure).
import type { ImportReport } from '../../electron/contract';
import type { ImportOptions } from '../../electron/core/library/folderImport';
import type { AttacheService } from '../../electron/core/service';

export async function importOrThrow(
  service: AttacheService,
  folder: string,
  options?: Omit<ImportOptions, 'signal'>,
): Promise<ImportReport> {
  const outcome = await service.importFrom(folder, options);
  if (!outcome.ok) throw new Error(`import of ${folder} failed (${outcome.reason}): ${outcome.message}`);
  return outcome.report;
}

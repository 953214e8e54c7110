// The analyst's desk as tests read it.
import { expect } from 'vitest';
import type { SearchOptions } from '../../electron/contract';
import type { AttacheService } from '../../electron/core/service';

/** The file paths of each group of duplicates the desk shows over a search (all of it read, not a first part). */
export async function duplicateGroups(service: AttacheService, options: SearchOptions = {}): Promise<string[][]> {
  const response = await service.searchInsights('', options);
  if (!response.ok) throw new Error(response.message);
  expect(response.sources.length).toBe(response.total);
  return response.insights.clusters.filter((cluster) => cluster.kind === 'duplicate').map((cluster) => cluster.paths ?? []);
}

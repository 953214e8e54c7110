// Killing the process at any moment of an import leaves a library that opens, with every article either
// fully in or not in. A child process imports the BBC corpus and is killed (SIGKILL) at random points.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library';
import { AttacheService } from '../../../electron/core/service';
import { CORPORA_DIR, PROJECT_DIR, tempDir } from '../../support/paths';
import { importOrThrow } from '../../support/imports';

const BBC = path.join(CORPORA_DIR, 'bbc');
const KILLS = 6;

/** Runs the import child and kills it once its output matches `when`; resolves with what it printed last. */
function importUntilKilled(libraryDir: string, when: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'test/support/importChild.ts'), libraryDir, BBC], {
      cwd: PROJECT_DIR,
    });
    let last = 'started';
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        last = line;
        if (when(line) && child.exitCode === null) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(last));
  });
}

async function expectConsistent(libraryDir: string): Promise<number> {
  const library = await Library.open(libraryDir);
  for (const meta of library.list()) {
    const article = await library.get(meta.id);
    expect(article?.id, `article ${meta.id} listed in the catalog is readable`).toBe(meta.id);
    expect(article!.body.length).toBeGreaterThan(0);
  }
  expect((await readdir(libraryDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  const service = await AttacheService.open({ libraryDir });
  expect((await service.search('the')).ok).toBe(true);
  return library.list().length;
}

describe('an import killed at random points', () => {
  it(`leaves a consistent library each time (${KILLS} kills), and a later import completes it`, { timeout: 300_000 }, async () => {
    const libraryDir = await tempDir('kill');
    const counts: number[] = [];
    const killedAt: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      // alternate between a random file of the import and the index build that follows it
      const target = kill % 3 === 2 ? 'indexing' : `done ${Math.floor(Math.random() * 2000)}`;
      killedAt.push(await importUntilKilled(libraryDir, (line) => line === target || line === 'indexing' || line.startsWith('finished')));
      counts.push(await expectConsistent(libraryDir));
    }
    console.log(`kill test: ${KILLS} kills survived, killed at [${killedAt.join(', ')}]; articles after each: [${counts.join(', ')}]`);
    const service = await AttacheService.open({ libraryDir });
    await importOrThrow(service, BBC);
    // 2,226 files: 2,225 articles and the set's README; 98 of the articles are second copies of the same
    // text and 53 near-duplicates (the same story with small edits), each stored once
    expect(service.listArticles()).toHaveLength(2075);
    expect(existsSync(path.join(libraryDir, 'index', 'manifest.json'))).toBe(true);
  });
});

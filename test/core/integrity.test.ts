// Damaged files are detected at open: the user is told, and the last good copy (kept by every write)
// is restored, never a blank library. The index, derived from the library, is simply rebuilt.
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../electron/core/library/library';
import { AttacheService } from '../../electron/core/service';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from '../support/paths';
import { importOrThrow } from '../support/imports';

/** A library with the seeds, then a second import: catalog.json.bak holds the five seeds, catalog.json eight articles. */
async function twoVersions(): Promise<string> {
  const libraryDir = await tempDir('integrity');
  const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
  await importOrThrow(service, path.join(PROJECT_DIR, 'test', 'fixtures', 'formats'));
  expect(service.listArticles().length).toBe(8);
  return libraryDir;
}

async function flipByte(file: string, fromEnd: number): Promise<void> {
  const bytes = await readFile(file);
  const at = bytes.length - fromEnd;
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
  await writeFile(file, bytes);
}

describe('a damaged library catalog', () => {
  it('altered by one byte: detected, the last good copy restored, the user told', async () => {
    const libraryDir = await twoVersions();
    await flipByte(path.join(libraryDir, 'catalog.json'), 200);
    const reopened = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    expect(reopened.notices).toEqual([
      expect.stringMatching(
        /^The library catalog was damaged \(its checksum does not match .*\)\. Its last good copy was restored: 5 articles/,
      ),
    ]);
    expect(reopened.listArticles()).toHaveLength(5);
    expect(await reopened.search('Azerbaijan')).toMatchObject({ ok: true, total: 2 });
    // and it is whole again on disk
    expect((await AttacheService.open({ libraryDir })).notices).toEqual([]);
  });

  it('truncated: detected and restored', async () => {
    const libraryDir = await twoVersions();
    const file = path.join(libraryDir, 'catalog.json');
    await truncate(file, Math.floor((await readFile(file)).length / 2));
    const reopened = await AttacheService.open({ libraryDir });
    expect(reopened.notices[0]).toMatch(/\(it is truncated \(\d+ of \d+ characters\)\)/);
    expect(reopened.listArticles()).toHaveLength(5);
  });

  it('missing after an interrupted save: the last good copy is put back', async () => {
    const libraryDir = await twoVersions();
    await rm(path.join(libraryDir, 'catalog.json'));
    const reopened = await AttacheService.open({ libraryDir });
    expect(reopened.notices[0]).toMatch(/it was missing \(a save was interrupted\)/);
    expect(reopened.listArticles()).toHaveLength(5);
  });

  it('damaged along with its last good copy: a clear error, nothing overwritten', async () => {
    const libraryDir = await twoVersions();
    await flipByte(path.join(libraryDir, 'catalog.json'), 100);
    await flipByte(path.join(libraryDir, 'catalog.json.bak'), 100);
    const failure = await AttacheService.open({ libraryDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LibraryError);
    expect((failure as Error).message).toMatch(/cannot be used: its checksum does not match .*; its last good copy is damaged too/);
  });
});

describe('a damaged search index', () => {
  it('is rebuilt from the library', async () => {
    const libraryDir = await twoVersions();
    // the manifest that names the segments, without its last good copy: every segment is built again
    await flipByte(path.join(libraryDir, 'index', 'manifest.json'), 50);
    await rm(path.join(libraryDir, 'index', 'manifest.json.bak'));
    const reopened = await AttacheService.open({ libraryDir });
    expect(await reopened.search('Azerbaijan transport')).toMatchObject({ ok: true });
    expect((await reopened.search('transport agreement')).ok && (await reopened.search('"transport agreement"'))).toMatchObject({
      total: 1,
    });
  });
});

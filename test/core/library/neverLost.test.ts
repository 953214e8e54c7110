// An import is never lost: text is never looked up on a plain object (an article about a Java
// "constructor" once wrote `countries: [null]` and the next open threw 145 articles away), and a record
// the library's reader would refuse is never written — it is skipped with its reason, the rest goes in.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../electron/contract';
import { importFolderInto } from '../../../electron/core/library/folderImport';
import { Library } from '../../../electron/core/library/library';
import { AttacheService } from '../../../electron/core/service';
import { tempDir } from '../../support/paths';

// the country finder, made to fail as the plain-object lookup once did, for files that say "poison pill"
vi.mock('../../../electron/core/library/countries', async (original) => {
  const real = await original<typeof import('../../../electron/core/library/countries')>();
  return {
    ...real,
    countriesMentioned: (text: string) =>
      text.includes('poison pill') ? [Object.prototype.constructor as unknown as string] : real.countriesMentioned(text),
  };
});

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

async function folderOf(files: Record<string, string>): Promise<string> {
  const folder = path.join(await tempDir('never-lost'), 'Manuals');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
  return folder;
}

describe('an import is never lost', () => {
  it('imports articles full of Object.prototype’s names, and the reopened library finds every one', async () => {
    const files = Object.fromEntries(
      PROTOTYPE_WORDS.map((word, at) => [
        `${at}.txt`,
        `The ${word} of a Java class, explained\n\nEvery class has a ${word}; ${word.toUpperCase()} and ${word[0]!.toUpperCase()}${word.slice(1)} ` +
          `are words like any other, said the manual published in the US and the UK on ${at + 1} March 2024.`,
      ]),
    );
    const dir = await tempDir('never-lost-lib');
    const library = await Library.open(dir);
    const report = await importFolderInto(library, await folderOf(files));
    expect(report.skipped).toEqual([]);
    expect(report.imported).toHaveLength(PROTOTYPE_WORDS.length);

    const reopened = await Library.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.list()).toHaveLength(PROTOTYPE_WORDS.length);
    for (const meta of reopened.list()) {
      expect(meta.countries).toEqual(['United Kingdom', 'United States']);
      expect((await reopened.get(meta.id))?.body).toContain('said the manual');
    }
    const service = await AttacheService.open({ libraryDir: dir });
    for (const word of ['constructor', 'tostring', 'hasownproperty', 'valueof']) {
      const found = await service.search(word);
      expect(found.ok && found.hits.map((hit) => hit.title), word).toEqual([expect.stringMatching(new RegExp(word, 'i'))]);
    }
  });

  it('skips a record the reader would refuse, with its reason, and imports the rest; the library reopens whole', async () => {
    const dir = await tempDir('never-lost-lib');
    const library = await Library.open(dir);
    const folder = await folderOf({
      'a.txt': 'Rail links to Minsk\n\nThe ministers met in Minsk on Monday to discuss trade, transit and new rail links.',
      'b.txt': 'A poison pill\n\nThis article says poison pill, and its country list cannot be written as the reader reads it.',
      'c.txt': 'Grain through Odesa\n\nGrain shipments through the port rose again in March, the ministry said on Friday.',
    });
    const report = await importFolderInto(library, folder);
    expect(report.imported.map((entry) => path.basename(entry.path))).toEqual(['a.txt', 'c.txt']);
    expect(report.skipped).toEqual([
      {
        path: path.join(folder, 'b.txt'),
        reason: expect.stringMatching(/^what was read from it failed the library's check \(countries\.0: .+\); nothing of it was written$/),
      },
    ]);
    const reopened = await Library.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.list().map((meta) => meta.title)).toEqual(['Rail links to Minsk', 'Grain through Odesa']);
    expect(await readdir(path.join(dir, 'articles'))).toHaveLength(2);
  });

  it('refuses to write an article or a catalog the reader would refuse, and leaves the library as it was', async () => {
    const dir = await tempDir('never-lost-lib');
    const library = await Library.open(dir);
    await importFolderInto(
      library,
      await folderOf({ 'a.txt': 'Rail links to Minsk\n\nThe ministers met in Minsk on Monday to discuss rail.' }),
    );
    const [meta] = library.list();
    const bad = { ...(await library.get(meta!.id))!, id: 'f'.repeat(16), countries: [Object.prototype.toString] } as unknown as Article;
    await expect(library.commit({ added: [bad] })).rejects.toThrow(/^Refused to write the article from .+: countries\.0: /);
    await expect(library.commit({ updated: [{ ...meta!, countries: [Object.prototype.toString as unknown as string] }] })).rejects.toThrow(
      /^Refused to write attache-library data that would not read back/,
    );
    const reopened = await Library.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.list()).toEqual([meta]);
    expect(await readdir(path.join(dir, 'articles'))).toEqual([`${meta!.id}.json`]);
  });

  it('if the catalog must be restored from its last good copy, says how many articles that lost and which import to repeat', async () => {
    const dir = await tempDir('never-lost-lib');
    const library = await Library.open(dir);
    await importFolderInto(
      library,
      await folderOf({ 'a.txt': 'Rail links to Minsk\n\nThe ministers met in Minsk on Monday to discuss rail.' }),
    );
    const later = await folderOf({
      'b.txt': 'Grain through Odesa\n\nGrain shipments through the port rose again in March, the ministry said.',
      'c.txt': 'Gas to Baku\n\nThe pipeline carried more gas to Baku in March than in any month last year.',
    });
    await importFolderInto(library, later, { collection: 'Energy' });
    // the catalog is damaged after the second import: its last good copy is the one before it
    const catalog = path.join(dir, 'catalog.json');
    const text = await readFile(catalog, 'utf8');
    await writeFile(catalog, text.replace('Gas to Baku', 'Gas to Bakü'));
    const reopened = await Library.open(dir);
    expect(reopened.list().map((meta) => meta.title)).toEqual(['Rail links to Minsk']);
    expect(reopened.notices).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The library catalog was damaged \\(its checksum does not match .*\\)\\. Its last good copy was restored: 1 articles\\. ` +
            `It lacks 2 articles imported since; import again: ${later.replace(/[/\\.]/g, '\\$&')} \\(collection “Energy”, 2 articles, imported \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)\\.$`,
        ),
      ),
    ]);
  });
});

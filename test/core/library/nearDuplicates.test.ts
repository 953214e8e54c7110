// Near-duplicates at import: a real BBC story republished with other furniture and small edits is stored
// once, with both paths, and reported with its similarity; a different story on the same subject is not.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFolderInto } from '../../../electron/core/library/folderImport';
import { Library } from '../../../electron/core/library/library';
import { bitsApart, jaccard, shinglesOf, simhashOf } from '../../../electron/core/library/nearDuplicates';
import { CORPORA_DIR, tempDir } from '../../support/paths';

const story = (name: string) => readFile(path.join(CORPORA_DIR, 'bbc', 'politics', name), 'utf8');

describe('near-duplicates', () => {
  it('stores a republished copy once, with every path, and says how similar it was; another story stays apart', async () => {
    const original = await story('001.txt');
    const [title, ...paragraphs] = original.split(/\n\s*\n/);
    // the same wire story as another site carries it: its own masthead and share line, a word changed here and there
    const republished = [
      'EXAMPLE DAILY',
      title,
      'Share this article',
      ...paragraphs.map((paragraph, at) => (at === 2 ? paragraph.replace(/\bsaid\b/, 'told reporters') : paragraph)),
      'Read more',
      'Related: politics today',
    ].join('\n\n');
    const folder = path.join(await tempDir('near'), 'Wires');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'a-original.txt'), original);
    await writeFile(path.join(folder, 'b-republished.txt'), republished);
    await writeFile(path.join(folder, 'c-other-story.txt'), await story('002.txt'));

    const library = await Library.open(await tempDir('near-lib'));
    const report = await importFolderInto(library, folder);
    expect(report.imported.map((entry) => path.basename(entry.path))).toEqual(['a-original.txt', 'c-other-story.txt']);
    expect(report.duplicates).toEqual([
      {
        path: path.join(folder, 'b-republished.txt'),
        id: report.imported[0]!.id,
        of: path.join(folder, 'a-original.txt'),
        kind: 'near-duplicate',
        similarity: expect.any(Number),
      },
    ]);
    expect(report.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(library.meta(report.imported[0]!.id)?.paths).toEqual([
      path.join(folder, 'a-original.txt'),
      path.join(folder, 'b-republished.txt'),
    ]);

    // a later import of yet another copy finds it in the library (its SimHash is kept in the catalog)
    const later = path.join(await tempDir('near-later'), 'Later');
    await mkdir(later, { recursive: true });
    await writeFile(path.join(later, 'again.txt'), republished.replace('EXAMPLE DAILY', 'ANOTHER PAPER'));
    const reopened = await Library.open(library.dir);
    const second = await importFolderInto(reopened, later);
    expect(second.duplicates.map((duplicate) => duplicate.kind)).toEqual(['near-duplicate']);

    // the first folder read again, unchanged: nothing new, the copy is still a copy
    const again = await importFolderInto(reopened, folder);
    expect(again.imported).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.duplicates.map((duplicate) => [path.basename(duplicate.path), duplicate.kind])).toEqual([
      ['a-original.txt', 'unchanged'],
      ['b-republished.txt', 'near-duplicate'],
      ['c-other-story.txt', 'unchanged'],
    ]);
    expect(reopened.list()).toHaveLength(2);
  });

  it('SimHash: near texts are bits apart, different texts far apart (the index only proposes; Jaccard decides)', async () => {
    const [a, b, c] = await Promise.all(['001.txt', '002.txt', '003.txt'].map(story));
    const edited = a!.replace(/\bthe\b/, 'a');
    expect(bitsApart(simhashOf(shinglesOf(a!)), simhashOf(shinglesOf(edited)))).toBeLessThanOrEqual(7);
    expect(jaccard(shinglesOf(a!), shinglesOf(edited))).toBeGreaterThan(0.9);
    expect(bitsApart(simhashOf(shinglesOf(b!)), simhashOf(shinglesOf(c!)))).toBeGreaterThan(7);
  });
});

// The catalog kept by field (catalogColumns.ts): real imports read back exactly as written, a catalog of
// an earlier version (one object per article) still opens and is written by field the next time, and
// columns that do not add up are refused by the reader's check — which is also the writer's.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ArticleMeta } from '../../../electron/contract';
import { columnsSchema, toColumns } from '../../../electron/core/library/catalogColumns';
import { importFolderInto } from '../../../electron/core/library/folderImport';
import { Library } from '../../../electron/core/library/library';
import { sealedFormat, writeSealedJson } from '../../../electron/core/sealedFile';
import { extractInsights } from '../../../electron/core/insights/extract';
import { CORPORA_DIR, SEEDS_DIR, tempDir } from '../../support/paths';

/** The seeds and four small sections of the Spanish news: dates, sources, countries, insights, four collections. */
async function realLibrary(): Promise<{ dir: string; library: Library }> {
  const dir = await tempDir('catalog-columns');
  const library = await Library.open(dir);
  await importFolderInto(library, SEEDS_DIR, { collection: 'Samples', extract: extractInsights });
  for (const section of ['ciencia', 'deporte', 'entretenimiento', 'internacional'])
    await importFolderInto(library, path.join(CORPORA_DIR, 'noticias-es', section), { collection: section, extract: extractInsights });
  // one change as large as the catalog: the catalog is written again, with every article in it
  await library.commit({ updated: library.list() });
  return { dir, library };
}

/** The same library with its catalog written as version 2 wrote it: one object per article. */
async function realLibraryOfVersion2(): Promise<{ dir: string; written: ArticleMeta[] }> {
  const { dir, library } = await realLibrary();
  const written = library.list();
  const byArticle = sealedFormat(
    'attache-library',
    2,
    z.object({ seeded: z.boolean(), generation: z.number(), articles: z.array(z.unknown()) }),
  );
  await writeSealedJson(path.join(dir, 'catalog.json'), byArticle, { seeded: true, generation: 99, articles: written });
  return { dir, written };
}

async function catalogOnDisk(dir: string): Promise<{ version: number; articles: { count: number; columns: Record<string, unknown> } }> {
  const text = await readFile(path.join(dir, 'catalog.json'), 'utf8');
  const newline = text.indexOf('\n');
  return { version: (JSON.parse(text.slice(0, newline)) as { version: number }).version, ...JSON.parse(text.slice(newline + 1)) };
}

const shapeOf = (metas: ArticleMeta[]): string[][] => metas.map((meta) => Object.keys(meta));

describe('the catalog kept by field', () => {
  it('reads back every real article as it was written, absent fields left out', async () => {
    const { dir, library } = await realLibrary();
    const written = library.list();
    expect(written.length).toBeGreaterThan(30);
    expect(written.some((meta) => meta.people && meta.people.length > 0)).toBe(true);
    expect(written.some((meta) => meta.placeInEnglish === undefined)).toBe(true);

    const onDisk = await catalogOnDisk(dir);
    expect(onDisk.version).toBe(3);
    expect(onDisk.articles.count).toBe(written.length);
    // few collections and languages: kept once each, with an index per article; titles as they are
    expect(onDisk.articles.columns.collections).toMatchObject({ values: expect.any(Array), at: expect.any(Array) });
    expect(onDisk.articles.columns.language).toMatchObject({ values: expect.any(Array) });
    expect(Array.isArray(onDisk.articles.columns.title)).toBe(true);

    const reopened = await Library.open(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.list()).toEqual(written);
    expect(shapeOf(reopened.list())).toEqual(shapeOf(written));
  });

  it('opens a catalog of one object per article (version 2), and writes the next one by field', async () => {
    const { dir, written } = await realLibraryOfVersion2();

    const opened = await Library.open(dir);
    expect(opened.notices).toEqual([]);
    expect(opened.list()).toEqual(written);
    await opened.commit({ updated: opened.list() });
    expect((await catalogOnDisk(dir)).version).toBe(3);
    expect((await Library.open(dir)).list()).toEqual(written);
  });

  it('restores a damaged catalog from a last good copy of version 2', async () => {
    const { dir, written } = await realLibraryOfVersion2();
    const opened = await Library.open(dir);
    await opened.commit({ updated: opened.list() }); // catalog.json by field, catalog.json.bak the version 2 one
    expect((await catalogOnDisk(dir)).version).toBe(3);
    const file = path.join(dir, 'catalog.json');
    const bytes = await readFile(file);
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 1;
    await writeFile(file, bytes);
    const restored = await Library.open(dir);
    expect(restored.notices).toEqual([expect.stringMatching(/^The library catalog was damaged \(its checksum does not match/)]);
    expect(restored.list()).toEqual(written);
  });

  it('leaves a catalog of a later version as it is, and says so, rather than putting its last good copy back', async () => {
    const { dir } = await realLibrary();
    const later = sealedFormat('attache-library', 4, z.unknown());
    await writeSealedJson(path.join(dir, 'catalog.json'), later, { seeded: true, articles: 'kept some other way' });
    const before = await readFile(path.join(dir, 'catalog.json'));
    await expect(Library.open(dir)).rejects.toThrow(
      /cannot be used: it was written by a newer Attaché \(version 4; this one reads up to 3\)/,
    );
    expect(await readFile(path.join(dir, 'catalog.json'))).toEqual(before);
  });

  describe('the check, on columns that do not add up', () => {
    const Schema = z.object({
      id: z.string().regex(/^[0-9a-f]{4}$/),
      title: z.string(),
      date: z.string().nullable(),
      countries: z.array(z.string()),
      simhash: z.string().optional(),
    });
    const rows: z.infer<typeof Schema>[] = [
      { id: '00a1', title: 'Talks in Minsk', date: '2024-03-14', countries: ['Belarus'], simhash: 'ff' },
      { id: '00a2', title: 'Grain through Odesa', date: null, countries: ['Ukraine'] },
      { id: '00a3', title: 'Gas to Baku', date: '2024-03-14', countries: ['Belarus'] },
      { id: '00a4', title: 'Rail to Riga', date: '2024-03-15', countries: ['Belarus'] },
      { id: '00a5', title: 'Ports of Gdańsk', date: null, countries: ['Belarus'] },
    ];
    const check = columnsSchema(Schema);
    const written = (): { count: number; columns: Record<string, unknown> } =>
      JSON.parse(JSON.stringify(toColumns(Schema, rows))) as { count: number; columns: Record<string, unknown> };

    it('reads back what it wrote, null and absent apart', () => {
      const read = check.parse(written());
      expect(read).toEqual(rows);
      expect(read.map((row) => 'simhash' in row)).toEqual([true, false, false, false, false]);
      expect(written().columns.countries).toEqual({ values: [['Belarus'], ['Ukraine']], at: [0, 1, 0, 0, 0] });
    });

    it('refuses a column short of the count, an index past its values, a value its field refuses, a missing field', () => {
      const short = written();
      (short.columns.title as string[]).pop();
      expect(check.safeParse(short).error?.message).toMatch(/column title has 4 of 5 rows/);

      const past = written();
      (past.columns.countries as { at: number[] }).at[2] = 2;
      expect(check.safeParse(past).error?.message).toMatch(/column countries points past its 2 values/);

      const wrong = written();
      (wrong.columns.countries as { values: unknown[] }).values[1] = 'Ukraine';
      expect(check.safeParse(wrong).success).toBe(false);
      const badId = written();
      (badId.columns.id as string[])[3] = 'Riga';
      expect(check.safeParse(badId).success).toBe(false);
      const fraction = written();
      (fraction.columns.countries as { at: number[] }).at[0] = 0.5;
      expect(check.safeParse(fraction).error?.message).toMatch(/not a list of indexes/);

      const missing = written();
      delete missing.columns.title;
      expect(check.safeParse(missing).success).toBe(false);
      const noSimhash = written();
      delete noSimhash.columns.simhash;
      expect(check.parse(noSimhash).every((row) => !('simhash' in row))).toBe(true);
    });

    it('keeps null apart from any string, and refuses a row its columns would read back otherwise', () => {
      const odd = rows.map((row, at) => ({ ...row, date: at % 2 ? null : '\u0000null' }));
      expect(check.parse(JSON.parse(JSON.stringify(toColumns(Schema, odd))))).toEqual(odd);
      const missing = [...rows, { id: '00a6', title: 'Talks' } as (typeof rows)[number]];
      expect(() => toColumns(Schema, missing)).toThrow(/row 5: date is missing/);
      const nullSimhash = [{ ...rows[0]!, simhash: null as unknown as string }];
      expect(() => toColumns(Schema, nullSimhash)).toThrow(/row 0: simhash is null/);
    });

    it('freezes a list shared by several rows, so that changing one in place cannot change the others', () => {
      const read = check.parse(written());
      expect(read[0]!.countries).toBe(read[2]!.countries);
      expect(() => read[0]!.countries.push('Poland')).toThrow(TypeError);
    });

    it('will not keep a field that is both optional and nullable (its columns could not tell them apart)', () => {
      expect(() => columnsSchema(z.object({ note: z.string().nullable().optional() }))).toThrow(/both optional and nullable/);
    });
  });
});

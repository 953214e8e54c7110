// The index on disk: immutable segments, one per import, loaded at start instead of rebuilt, rescored as
// one index, rebuilt when mostly removed, merged when small and many, and rebuilt when damaged.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { sealedFormat, writeSealedJson } from '../../../electron/core/sealedFile';
import path from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/contract';
import { Library } from '../../../electron/core/library/library';
import { termsOf } from '../../../electron/core/search/engine/analysis';
import { indexDirOf } from '../../../electron/core/search/engine/searchIndex';
import { buildSegmentData, Segment, segmentArrays, type IndexableArticle } from '../../../electron/core/search/engine/segment';
import { decodeSegment, encodeSegment } from '../../../electron/core/search/engine/segmentFile';
import { walkFolder } from '../../../electron/core/library/walk';
import { lunrSegmentData } from '../../support/lunrSegment';
import { AttacheService } from '../../../electron/core/service';
import { CORPORA_DIR, PROJECT_DIR, SEEDS_DIR, tempDir } from '../../support/paths';
import { importOrThrow } from '../../support/imports';
import { testShell } from '../../support/testShell';

const FIXTURES = path.join(PROJECT_DIR, 'test', 'fixtures');
const BBC = path.join(CORPORA_DIR, 'bbc');

const segmentFiles = async (libraryDir: string) =>
  (await readdir(indexDirOf(libraryDir))).filter((name) => name.startsWith('segment-') && name.endsWith('.seg')).sort();

async function articlesOf(libraryDir: string): Promise<Article[]> {
  const library = await Library.open(libraryDir);
  return Promise.all(library.list().map(async (meta) => (await library.get(meta.id))!));
}

describe('a segment', () => {
  it('answers as the Lunr index it was built from, and the same after a round trip through its file', async () => {
    const libraryDir = await tempDir('segment');
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    await importOrThrow(service, path.join(FIXTURES, 'multilingual'));
    const articles = await articlesOf(libraryDir);
    const plain = lunr(function () {
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.ref('ordinal');
      this.field('title', { boost: 10 });
      this.field('body');
      articles.forEach((article, ordinal) =>
        this.add({
          ordinal: String(ordinal),
          title: termsOf(article.title, article.language),
          body: termsOf(article.body, article.language),
        }),
      );
    });
    const ids = articles.map((article) => article.id);
    const data = buildSegmentData(articles);
    const built = Segment.fromData(ids, data);
    const reloaded = Segment.fromArrays(decodeSegment(encodeSegment(segmentArrays(ids, data))));
    const queries = [
      { terms: ['belarus'] },
      { terms: ['cuba'], field: 'title' as const },
      { terms: ['azerb'], prefix: true },
      { terms: ['havana'], fuzzy: 1 },
      { terms: ['белорусс'] },
      { terms: ['cooper'], prefix: true },
    ];
    for (const query of queries) {
      const expected = plain.query((builder) =>
        query.terms.forEach((term) =>
          builder.term(term, {
            usePipeline: false,
            ...(query.field ? { fields: [query.field] } : {}),
            wildcard: query.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
            ...(query.fuzzy ? { editDistance: query.fuzzy } : {}),
          }),
        ),
      );
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      for (const segment of [built, reloaded]) {
        const found = segment.match(query);
        expect([...found.keys()].sort(), JSON.stringify(query)).toEqual(expected.map((result) => articles[Number(result.ref)]!.id).sort());
        for (const result of expected) {
          const match = found.get(articles[Number(result.ref)]!.id)!;
          // weights are stored to 1/10,000
          expect(match.score).toBeCloseTo(result.score, 3);
          expect([...match.terms].sort()).toEqual(Object.keys(result.matchData.metadata).sort());
        }
      }
    }
  });
});

/** Real articles in three languages and scripts, with names (the third field) among them. */
async function realArticles(): Promise<IndexableArticle[]> {
  const articles: IndexableArticle[] = [];
  for (const corpus of ['bbc/politics', 'ng-ru', 'wikinews-de']) {
    const files = (await walkFolder(path.join(CORPORA_DIR, corpus))).files.slice(0, 150);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const [title, ...rest] = text.split('\n');
      articles.push({
        id: String(articles.length),
        title: title!,
        body: rest.join('\n'),
        language: corpus.startsWith('ng') ? 'ru' : corpus.startsWith('wiki') ? 'de' : 'en',
      });
    }
  }
  return articles;
}

describe('a segment’s edit distances', () => {
  it('expand a word to the very terms Lunr’s TokenSet gives, at distances 1 and 2, in three scripts', async () => {
    const articles = await realArticles();
    const data = buildSegmentData(articles);
    const segment = Segment.fromData(
      articles.map((article) => article.id),
      data,
    );
    // Lunr's own way: a trie of every term (bridge terms aside, as they are never expanded), intersected with the word's automaton
    const { TokenSet } = lunr as unknown as {
      TokenSet: {
        Builder: new () => { insert(term: string): void; finish(): void; root: { intersect(other: unknown): { toArray(): string[] } } };
        fromClause(clause: { term: string; editDistance: number }): unknown;
      };
    };
    const builder = new TokenSet.Builder();
    for (const term of data.terms) if (!term.startsWith('~')) builder.insert(term);
    builder.finish();
    // every 97th term (names, stems, numbers, Cyrillic, the plain-language mark), and words no segment has
    const words = [
      ...data.terms.filter((term, at) => at % 97 === 0 && !term.startsWith('~')),
      'lukashenko',
      'белорусия',
      'regirung',
      'x',
      '2024',
    ];
    let expandedTo = 0;
    for (const word of words)
      for (const editDistance of [1, 2]) {
        const expected = builder.root
          .intersect(TokenSet.fromClause({ term: word, editDistance }))
          .toArray()
          .sort();
        const found = [
          ...new Set([...segment.match({ terms: [word], fuzzy: editDistance }).values()].flatMap((match) => match.terms)),
        ].sort();
        expect(found, `${word}~${editDistance}`).toEqual(expected);
        expandedTo += found.length;
      }
    expect(words.length).toBeGreaterThan(200);
    expect(expandedTo).toBeGreaterThan(words.length * 4);
  });
});

describe('a segment’s data', () => {
  it('is what Lunr’s own builder makes of the same articles, to the last weight', async () => {
    const articles = await realArticles();
    const data = buildSegmentData(articles);
    expect(data.fields.names.postingDocs.length).toBeGreaterThan(1000);
    expect(data).toEqual(lunrSegmentData(articles));
  });
});

describe('the index on disk', () => {
  it('is loaded at start instead of rebuilt; an import adds a segment and leaves the others as they were', async () => {
    const libraryDir = await tempDir('persist');
    await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    const [seeds] = await segmentFiles(libraryDir);
    const written = (await stat(path.join(indexDirOf(libraryDir), seeds!))).mtimeMs;
    const manifest = (await stat(path.join(indexDirOf(libraryDir), 'manifest.json'))).mtimeMs;

    const reopened = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    expect((await stat(path.join(indexDirOf(libraryDir), 'manifest.json'))).mtimeMs).toBe(manifest);
    expect(await reopened.search('Havana', { crossScript: false })).toMatchObject({ ok: true, total: 2 });

    await importOrThrow(reopened, path.join(FIXTURES, 'multilingual'));
    const files = await segmentFiles(libraryDir);
    expect(files).toHaveLength(2);
    expect(files).toContain(seeds);
    expect((await stat(path.join(indexDirOf(libraryDir), seeds!))).mtimeMs).toBe(written);
    // one query, answered from both segments: the seeds' two Havana articles and the Russian "Гавана" one
    // (its KOI8-R copy, which differs only in punctuation KOI8-R cannot write, is a near-duplicate of it)
    expect(await reopened.search('Havana', { crossScript: false })).toMatchObject({ total: 2 });
    expect(
      (await reopened.search('Гавана', { crossScript: false })).ok && (await reopened.search('Гавана', { crossScript: false })),
    ).toMatchObject({ total: 1 });
    const again = await AttacheService.open({ libraryDir });
    expect(await again.search('Гавана', { crossScript: false })).toMatchObject({ total: 1 });
  });

  it(
    'ranks across segments as one index does: same results, each within a place or two of its rank there',
    { timeout: 120_000 },
    async () => {
      const split = await tempDir('split');
      const whole = await tempDir('whole');
      const segmented = await AttacheService.open({ libraryDir: split });
      await importOrThrow(segmented, path.join(BBC, 'business'));
      await importOrThrow(segmented, path.join(BBC, 'tech'));
      expect(await segmentFiles(split)).toHaveLength(2);
      // the same articles in one segment: a library built from the split one's articles
      const single = await AttacheService.open({ libraryDir: whole });
      await importOrThrow(single, path.join(BBC, 'business'), { collection: 'all' });
      await importOrThrow(single, path.join(BBC, 'tech'), { collection: 'all' });
      await writeFile(path.join(indexDirOf(whole), 'manifest.json'), 'gone');
      await writeFile(path.join(indexDirOf(whole), 'manifest.json.bak'), 'gone');
      const rebuilt = await AttacheService.open({ libraryDir: whole });
      expect(await segmentFiles(whole)).toHaveLength(1);

      // Scores are rescaled to the library-wide idf; what remains apart is each segment's own average
      // article length in Lunr's BM25, which moves near-ties by a place.
      const displacements: number[] = [];
      for (const query of [
        'oil prices',
        'mobile phone',
        'broadband market',
        'economy growth',
        'games',
        'bank rates',
        'software security',
      ]) {
        const a = await segmented.search(query, { limit: 20 });
        const b = await rebuilt.search(query, { limit: 20 });
        if (!a.ok || !b.ok) throw new Error(query);
        expect(a.total, query).toBe(b.total);
        const ranks = new Map(a.hits.map((hit, rank) => [hit.title, rank]));
        expect(a.hits[0]!.title, query).toBe(b.hits[0]!.title);
        b.hits.slice(0, 10).forEach((hit, rank) => displacements.push(Math.abs((ranks.get(hit.title) ?? Infinity) - rank)));
      }
      expect(displacements).toHaveLength(70);
      expect(Math.max(...displacements)).toBeLessThanOrEqual(2);
      console.log(
        `segments vs one index: ${displacements.filter((d) => d === 0).length} of 70 top-10 hits at the same rank, the rest within ${Math.max(...displacements)}`,
      );
    },
  );

  it('rebuilds a segment whose articles were mostly removed, and merges small segments', async () => {
    const libraryDir = await tempDir('compact');
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    for (const folder of ['multilingual', 'formats', 'search']) await importOrThrow(service, path.join(FIXTURES, folder));
    expect(await segmentFiles(libraryDir)).toHaveLength(4);
    const before = await segmentFiles(libraryDir);

    // the fifth small segment is one too many: all are merged into one
    await importOrThrow(service, path.join(FIXTURES, 'hostile'));
    const merged = await segmentFiles(libraryDir);
    expect(merged).toHaveLength(1);
    expect(merged).not.toContain(before[0]);
    const total = service.listArticles().length;
    expect(await service.search('Гавана', { crossScript: false })).toMatchObject({ total: 1 });
    expect(await service.search('Lavrov')).toMatchObject({ total: 1 });

    // removing under 30% of a segment leaves it be; the removed articles are no longer found
    await service.removeCollection('Samples');
    expect(await segmentFiles(libraryDir)).toEqual(merged);
    expect(await service.search('Lavrov')).toMatchObject({ total: 0 });

    // removing more rebuilds it from the articles that are left
    await service.removeCollection('multilingual');
    await service.removeCollection('formats');
    const rebuilt = await segmentFiles(libraryDir);
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt).not.toEqual(merged);
    const manifest = JSON.parse((await readFile(path.join(indexDirOf(libraryDir), 'manifest.json'), 'utf8')).split('\n')[1]!) as {
      segments: { ids: string[] }[];
    };
    // every article is in the segment; removed ones are at most 30% of it
    const live = service.listArticles().map((meta) => meta.id);
    expect(live.length).toBeLessThan(total);
    expect(manifest.segments[0]!.ids).toEqual(expect.arrayContaining(live));
    expect(manifest.segments[0]!.ids.length - live.length).toBeLessThanOrEqual(0.3 * manifest.segments[0]!.ids.length);
    expect(await service.search('antivirus')).toMatchObject({ total: 2 });
  });

  it('rebuilds a damaged segment from the library', async () => {
    const libraryDir = await tempDir('damaged-segment');
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    await importOrThrow(service, path.join(FIXTURES, 'multilingual'));
    const [first, second] = await segmentFiles(libraryDir);
    const file = path.join(indexDirOf(libraryDir), second!);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length / 2));
    const reopened = await AttacheService.open({ libraryDir });
    // the same articles make the same segment again
    expect(await segmentFiles(libraryDir)).toEqual([first, second].sort());
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect(await reopened.search('Гавана', { crossScript: false })).toMatchObject({ total: 1 });
    expect(await reopened.search('Havana', { crossScript: false })).toMatchObject({ total: 2 });
  });
});

describe('an index of an older version', () => {
  it('has its JSON segments (version 4) built again as segment files, and the old files removed', async () => {
    const libraryDir = await tempDir('old-segments');
    const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    await importOrThrow(service, path.join(FIXTURES, 'multilingual'));
    const before = await service.search('Havana', { crossScript: false });
    const dir = indexDirOf(libraryDir);
    // the index as version 4 left it: a manifest naming segment-….json files, each a sealed JSON segment
    const text = await readFile(path.join(dir, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { segments: { file: string; ids: string[] }[] };
    for (const entry of manifest.segments) {
      await rm(path.join(dir, entry.file));
      entry.file = entry.file.replace(/\.seg$/, '.json');
      await writeSealedJson(path.join(dir, entry.file), sealedFormat('attache-index-segment', 4, z.unknown()), { ids: entry.ids });
    }
    await rm(path.join(dir, 'manifest.json.bak'), { force: true });
    await writeSealedJson(path.join(dir, 'manifest.json'), sealedFormat('attache-index', 6, z.unknown()), manifest);
    expect(await segmentFiles(libraryDir)).toEqual([]);

    const reopened = await AttacheService.open({ libraryDir });
    expect((await segmentFiles(libraryDir)).length).toBeGreaterThan(0);
    expect((await readdir(dir)).filter((name) => name.endsWith('.json') && name !== 'manifest.json')).toEqual([]);
    expect(await reopened.search('Havana', { crossScript: false })).toMatchObject({ ok: true, total: (before as { total: number }).total });
  });
});

describe('a start with the index read in the background', () => {
  it('answers from the segments read so far, says how much of the library it searched, then from all', async () => {
    const libraryDir = await tempDir('background-index');
    const before = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
    await importOrThrow(before, path.join(FIXTURES, 'multilingual'));
    await importOrThrow(before, path.join(BBC, 'politics'));
    expect((await segmentFiles(libraryDir)).length).toBeGreaterThan(1);
    const full = await before.search('Belarus government');
    if (!full.ok) throw new Error(full.message);
    expect(full.searched).toBeUndefined();

    const loaded: number[] = [];
    const shell = testShell({});
    shell.on('indexLoaded', ({ articles }) => loaded.push(articles));
    const service = await AttacheService.open({ libraryDir, backgroundIndex: true, shell });
    // asked at once: answered by the first segment read, and the answer says it covered only part of the library
    const early = await service.search('Belarus government');
    if (!early.ok) throw new Error(early.message);
    expect(early.searched).toBeGreaterThan(0);
    expect(early.searched).toBeLessThan(1);
    expect(early.total).toBeGreaterThan(0);
    expect(early.total).toBeLessThan(full.total);
    await service.whenIndexLoaded();
    const late = await service.search('Belarus government');
    if (!late.ok) throw new Error(late.message);
    expect(late.searched).toBeUndefined();
    expect(late.hits.map((hit) => hit.id)).toEqual(full.hits.map((hit) => hit.id));
    await expect.poll(() => loaded).toEqual([service.listArticles().length]);
  });

  it('opens an empty library at once, and answers it', async () => {
    const libraryDir = await tempDir('background-empty');
    const service = await AttacheService.open({ libraryDir, backgroundIndex: true });
    await service.whenIndexLoaded();
    const response = await service.search('anything');
    expect(response.ok && response.total).toBe(0);
    expect(response.ok && response.searched).toBeUndefined();
  });
});

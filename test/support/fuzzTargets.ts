// The parsers fuzzed in test/core/fuzz.test.ts (bounded, in CI) and bench/fuzz.ts (longer): each property
// says "never throws, answers within a time bound". Inputs are random, and mutations of real fixtures.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { BriefingSchema } from '../../electron/contract';
import { BriefingFiles } from '../../electron/core/briefing/briefingFiles';
import { readArticle } from '../../electron/core/library/article';
import { decodeText } from '../../electron/core/library/decode';
import type { AttacheService } from '../../electron/core/service';
import { PROJECT_DIR } from './paths';

/** Any one input must be handled within this (the machine may be loaded by other tests). */
export const TIME_BOUND_MS = 5_000;

async function withinBound<T>(work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  if (elapsed > TIME_BOUND_MS) throw new Error(`took ${elapsed.toFixed(0)} ms (bound ${TIME_BOUND_MS} ms)`);
  return result;
}

const FORMATS = ['.txt', '.md', '.html', '.docx', '.pdf'];
const SEEDS_BY_FORMAT: Record<string, string> = {
  '.txt': 'multilingual/ru-windows-1251.txt',
  '.md': 'formats/mission-notes.md',
  '.html': 'formats/saved-embassy-page.html',
  '.docx': 'formats/cuba-belarus-agreements.docx',
  '.pdf': 'formats/cuba-belarus-agreements.pdf',
};

export async function fixtureBytes(): Promise<Record<string, Uint8Array>> {
  const entries = await Promise.all(
    FORMATS.map(async (format) => [format, await readFile(path.join(PROJECT_DIR, 'test', 'fixtures', SEEDS_BY_FORMAT[format]!))] as const),
  );
  return Object.fromEntries(entries);
}

/** A real file with a few bytes flipped, cut short, or grown: what a bad copy does. */
export const mutation = (bytes: Uint8Array) =>
  fc
    .record({
      flips: fc.array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 20 }),
      cut: fc.option(fc.nat({ max: bytes.length }), { nil: undefined }),
    })
    .map(({ flips, cut }) => {
      const copy = Uint8Array.from(bytes.subarray(0, cut ?? bytes.length));
      for (const { at, value } of flips) if (at < copy.length) copy[at] = value;
      return copy;
    });

export function importProperty(fixtures: Record<string, Uint8Array>) {
  const input = fc.oneof(
    fc.tuple(fc.constantFrom(...FORMATS), fc.uint8Array({ maxLength: 4096 })),
    ...FORMATS.map((format) => fc.tuple(fc.constant(format), mutation(fixtures[format]!))),
  );
  return fc.asyncProperty(input, async ([format, bytes]) => {
    const outcome = await withinBound(() => readArticle(bytes, `fuzz${format}`, 'Fuzz'));
    if (!outcome.ok) return typeof outcome.reason === 'string' && outcome.reason.length > 0;
    return outcome.article.title.length > 0 && outcome.article.body.length > 0;
  });
}

export function decodeProperty() {
  return fc.property(fc.uint8Array({ maxLength: 8192 }), (bytes) => {
    const decoded = decodeText(bytes);
    return decoded.ok ? !decoded.text.includes('\r') : decoded.reason.length > 0;
  });
}

const QUERY_PIECES = [
  '+',
  '-',
  '"',
  '*',
  '~',
  '~1',
  '~9',
  ':',
  'title:',
  'source:',
  'Cuba',
  'Куба',
  'Martí',
  '14,500',
  '$',
  '(',
  ')',
  '^',
  '\\',
  ' ',
  '  ',
  'a',
  'ab*',
];

export function queryProperty(service: AttacheService) {
  const query = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.array(fc.constantFrom(...QUERY_PIECES), { maxLength: 30 }).map((pieces) => pieces.join('')),
  );
  return fc.asyncProperty(query, async (text) => {
    const response = await withinBound(() => service.search(text, { limit: 20 }));
    return response.ok ? response.hits.length <= 20 : response.message.length > 0;
  });
}

/** The briefing file loader: random bytes, and damaged copies of a real saved briefing, opened as a file. */
export function briefingFileProperty(saved: Uint8Array, dir: string) {
  const files = new BriefingFiles(path.join(dir, 'state'), { choosePath: async () => undefined });
  let counter = 0;
  return fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }), mutation(saved)), async (bytes) => {
    const file = path.join(dir, `fuzz-${counter++}.attache`);
    await writeFile(file, bytes);
    const opened = await withinBound(() => files.open(file));
    return opened.ok ? typeof opened.briefing.title === 'string' : opened.message.length > 0;
  });
}

export function briefingProperty() {
  return fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
    const parsed = BriefingSchema.safeParse(value);
    return parsed.success === false || typeof parsed.data.title === 'string';
  });
}

/** The bytes of a real saved briefing (the seeds, two sections), for mutation. */
export async function savedBriefing(): Promise<Uint8Array> {
  const { AttacheService } = await import('../../electron/core/service');
  const { emptyBriefing } = await import('../../electron/core/briefing/model/briefing');
  const { itemFromArticle } = await import('../../electron/core/briefing/model/briefingText');
  const { tempDir, SEEDS_DIR } = await import('./paths');
  const dir = await tempDir('fuzz-saved');
  const service = await AttacheService.open({ libraryDir: path.join(dir, 'library'), seedsDir: SEEDS_DIR });
  const articles = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).filter(
    (article) => article !== null,
  );
  const file = path.join(dir, 'saved.attache');
  const files = new BriefingFiles(path.join(dir, 'state'), { choosePath: async () => file });
  await files.save(
    { ...emptyBriefing(), sections: [{ heading: 'A', items: articles.slice(0, 2).map((article) => itemFromArticle(article)) }] },
    false,
  );
  return readFile(file);
}

// bench/body: how much of a saved page's article text import keeps, and how much else it lets in, on real
// pages with a reference body (../shared/pages): readability-test-pages' expected.html (the article as
// its maintainers checked it) and postlight-parser-fixtures' content_first_words (how the article's text
// starts). Beside Attaché in the same run: Readability alone on the same pages. Figures: bag-of-words
// precision, recall and F1 against the reference (mean over pages), and how often the body starts where
// the reference starts. Usage: npx tsx bench/body.ts [--worst N]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticle } from '../electron/core/library/article';
import { blocksOf } from '../electron/core/library/html';
import { SHARED_DIR } from '../test/support/paths';

const PAGES = path.join(SHARED_DIR, 'pages');
const worst = Number(process.argv[process.argv.indexOf('--worst') + 1]) || 0;

const tokens = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Bag-of-words overlap of `found` with `truth`: precision, recall, F1. */
function overlap(truth: string[], found: string[]): { precision: number; recall: number; f1: number } {
  const counts = new Map<string, number>();
  for (const token of truth) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of found) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  const precision = found.length ? common / found.length : 0;
  const recall = truth.length ? common / truth.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const textOfHtml = (html: string): string =>
  blocksOf(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as never).join('\n');

async function attacheBody(bytes: Uint8Array, name: string): Promise<string> {
  const outcome = await readArticle(bytes, `${name}.html`, 'bench');
  return outcome.ok ? `${outcome.article.title}\n${outcome.article.body}` : '';
}

function readabilityBody(html: string): string {
  try {
    const parsed = new Readability(parseHTML(html).document as unknown as Document).parse();
    return parsed?.content ? `${parsed.title ?? ''}\n${textOfHtml(parsed.content)}` : '';
  } catch {
    return '';
  }
}

interface Row {
  name: string;
  attache: ReturnType<typeof overlap>;
  readability: ReturnType<typeof overlap>;
}

const mean = (rows: Row[], reader: 'attache' | 'readability', key: 'precision' | 'recall' | 'f1'): string =>
  (rows.reduce((sum, row) => sum + row[reader][key], 0) / rows.length).toFixed(3);

async function readabilitySet(): Promise<Row[]> {
  const root = path.join(PAGES, 'readability-test-pages', 'pages');
  const rows: Row[] = [];
  for (const name of (await readdir(root)).sort()) {
    const bytes = await readFile(path.join(root, name, 'source.html'));
    const expected = await readFile(path.join(root, name, 'expected.html'), 'utf8');
    const metadata = JSON.parse(await readFile(path.join(root, name, 'expected-metadata.json'), 'utf8')) as { title?: string };
    // the reference is the title and the article's text, as Attaché stores them
    const truth = tokens(`${metadata.title ?? ''}\n${textOfHtml(expected)}`);
    if (truth.length < 50) continue; // a test of markup, not an article
    rows.push({
      name,
      attache: overlap(truth, tokens(await attacheBody(bytes, name))),
      readability: overlap(truth, tokens(readabilityBody(bytes.toString('utf8')))),
    });
  }
  return rows;
}

/** Whether the body's first 60 words hold the reference's first words (the article starts where it should). */
async function postlightStarts(): Promise<{ pages: number; attache: number; readability: number; attacheAnywhere: number }> {
  const root = path.join(PAGES, 'postlight-parser-fixtures');
  const result = { pages: 0, attache: 0, readability: 0, attacheAnywhere: 0 };
  for (const file of (await readdir(path.join(root, 'ground-truth'))).sort()) {
    const truth = JSON.parse(await readFile(path.join(root, 'ground-truth', file), 'utf8')) as {
      expected: { content_first_words?: string };
    };
    const first = tokens(truth.expected.content_first_words ?? '')
      .slice(0, 8)
      .join(' ');
    if (first.split(' ').length < 4) continue;
    const name = file.replace(/\.json$/, '');
    const bytes = await readFile(path.join(root, 'pages', `${name}.html`));
    const ours = tokens(await attacheBody(bytes, name)).join(' ');
    const theirs = tokens(readabilityBody(bytes.toString('utf8'))).join(' ');
    const head = (text: string) =>
      text
        .split(' ')
        .slice(0, 60 + 8)
        .join(' ');
    result.pages++;
    if (head(ours).includes(first)) result.attache++;
    else if (worst > 0)
      console.log(`  postlight ${name}: starts "${ours.slice(0, 80)}" · truth "${first}"${ours.includes(first) ? ' (further down)' : ''}`);
    if (ours.includes(first)) result.attacheAnywhere++;
    if (head(theirs).includes(first)) result.readability++;
  }
  return result;
}

const rows = await readabilitySet();
console.log(`| set | reader | precision | recall | F1 |`);
console.log(`|---|---|---|---|---|`);
for (const reader of ['attache', 'readability'] as const)
  console.log(
    `| readability-test-pages (${rows.length}) | ${reader === 'attache' ? 'Attaché' : 'Readability'} | ${mean(rows, reader, 'precision')} | ${mean(rows, reader, 'recall')} | ${mean(rows, reader, 'f1')} |`,
  );
const starts = await postlightStarts();
const percent = (n: number) => `${((100 * n) / starts.pages).toFixed(1)}% (${n}/${starts.pages})`;
console.log(
  `\npostlight-parser-fixtures: body starts with the article's first words — Attaché ${percent(starts.attache)} (anywhere in the body ${percent(starts.attacheAnywhere)}), Readability ${percent(starts.readability)}`,
);
if (worst > 0) {
  console.log(`\nworst ${worst} by Attaché's F1:`);
  for (const row of [...rows].sort((a, b) => a.attache.f1 - b.attache.f1).slice(0, worst))
    console.log(
      `  ${row.name}: P ${row.attache.precision.toFixed(2)} R ${row.attache.recall.toFixed(2)} F1 ${row.attache.f1.toFixed(2)} · Readability F1 ${row.readability.f1.toFixed(2)}`,
    );
}

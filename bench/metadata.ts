// bench/metadata: how often import reads an article's title, date, author and outlet right, on real
// material with ground truth — saved web pages (../shared/pages: readability-test-pages with
// expected-metadata.json, postlight-parser-fixtures with ground-truth/) beside Readability's own
// metadata for the same pages in the same run, and the corpora with an INDEX.tsv (ng-ru, orangesum-fr,
// wikinews-de, noticias-es). A figure is right / pages whose truth has a value; "dated, truth has none"
// counts invented dates. Usage: npx tsx bench/metadata.ts [--misses] [--only <set>]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticle } from '../electron/core/library/article';
import { CORPORA_DIR, SHARED_DIR } from '../test/support/paths';

interface Truth {
  title?: string | null;
  date?: string | null;
  author?: string | null;
  outlet?: string | null;
}
interface Found {
  title: string | null;
  date: string | null;
  author: string | null;
  outlet: string | null;
}
interface Sample {
  name: string;
  truth: Truth;
  attache: Found;
  readability?: Found;
  /** the page as saved, to tell a date it prints from one it does not */
  page?: string;
}

const showMisses = process.argv.includes('--misses');
const PAGES = path.join(SHARED_DIR, 'pages');

const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const dayOf = (value: string | null | undefined): string | null => /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1] ?? null;
const nameTokens = (text: string): string[] =>
  squash(text)
    .replace(/^(by|von|por|par)\s+/, '')
    .split(/[^\p{L}]+/u)
    .filter((token) => token.length > 1 && !['and', 'und', 'et', 'y', 'the'].includes(token));

const judge = {
  // the headline, or the truth's <title> without the site's name it adds ("How to … | eHow" → "How to …")
  title: (truth: string, found: string | null) => {
    if (found === null) return false;
    const [whole, ours] = [squash(truth), squash(found)];
    if (whole === ours || ours.length < 8) return whole === ours;
    const after = whole.startsWith(ours) ? whole.slice(ours.length) : null;
    const before = whole.endsWith(ours) ? whole.slice(0, -ours.length) : null;
    return (after !== null && /^\s*[|｜:：_·•»–—-]/u.test(after)) || (before !== null && /[|｜:：_·•»–—-]\s*$/u.test(before));
  },
  // a truth kept as a UTC instant ("…T15:00:00.000Z") is the page's own day in its time zone (UTC−12 … +14)
  date: (truth: string, found: string | null) => {
    if (dayOf(truth) === dayOf(found)) return true;
    if (!found || !/T\d{2}:\d{2}.*Z$/.test(truth)) return false;
    const instant = Date.parse(truth);
    return [-12, 14].some((hours) => new Date(instant + hours * 3_600_000).toISOString().slice(0, 10) === dayOf(found));
  },
  // one of the truth's names, in full, among ours (an author string can hold several names)
  author: (truth: string, found: string | null) => {
    if (!found) return false;
    const ours = new Set(nameTokens(found));
    const theirs = nameTokens(truth);
    return theirs.length > 0 && theirs.filter((token) => ours.has(token)).length >= Math.min(2, theirs.length);
  },
  outlet: (truth: string, found: string | null) => {
    if (!found) return false;
    const [a, b] = [squash(truth), squash(found)];
    return a.includes(b) || b.includes(a);
  },
};
type Field = keyof typeof judge;
const FIELDS: Field[] = ['title', 'date', 'author', 'outlet'];

function readabilityOf(html: string): Found {
  const { document } = parseHTML(html);
  try {
    const parsed = new Readability(document as unknown as Document).parse();
    return {
      title: parsed?.title?.trim() || null,
      date: parsed?.publishedTime ?? null,
      author: parsed?.byline?.trim() || null,
      outlet: parsed?.siteName?.trim() || null,
    };
  } catch {
    return { title: null, date: null, author: null, outlet: null };
  }
}

async function attacheOf(bytes: Uint8Array, file: string): Promise<Found> {
  const outcome = await readArticle(bytes, file, 'bench');
  if (!outcome.ok) return { title: null, date: null, author: null, outlet: null };
  const { title, date, author, source } = outcome.article;
  return { title, date, author, outlet: source };
}

async function readabilityPages(): Promise<Sample[]> {
  const root = path.join(PAGES, 'readability-test-pages', 'pages');
  const samples: Sample[] = [];
  for (const name of (await readdir(root)).sort()) {
    const html = await readFile(path.join(root, name, 'source.html'));
    const expected = JSON.parse(await readFile(path.join(root, name, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
    samples.push({
      name,
      truth: { title: expected.title, date: expected.publishedTime, author: expected.byline, outlet: expected.siteName },
      attache: await attacheOf(html, `${name}.html`),
      readability: readabilityOf(html.toString('utf8')),
      page: html.toString('utf8'),
    });
  }
  return samples;
}

async function postlightPages(): Promise<Sample[]> {
  const root = path.join(PAGES, 'postlight-parser-fixtures');
  const samples: Sample[] = [];
  for (const file of (await readdir(path.join(root, 'ground-truth'))).sort()) {
    const name = file.replace(/\.json$/, '');
    const truth = JSON.parse(await readFile(path.join(root, 'ground-truth', file), 'utf8')) as { expected: Record<string, string | null> };
    const html = await readFile(path.join(root, 'pages', `${name}.html`));
    samples.push({
      name,
      truth: { title: truth.expected.title, date: truth.expected.date_published, author: truth.expected.author },
      attache: await attacheOf(html, `${name}.html`),
      readability: readabilityOf(html.toString('utf8')),
      page: html.toString('utf8'),
    });
  }
  return samples;
}

async function corpus(name: string): Promise<Sample[]> {
  const root = path.join(CORPORA_DIR, name);
  const [header, ...rows] = (await readFile(path.join(root, 'INDEX.tsv'), 'utf8')).trimEnd().split('\n');
  const columns = header!.split('\t');
  const column = (row: string[], key: string) => row[columns.indexOf(key)] || null;
  const samples: Sample[] = [];
  for (const line of rows) {
    const row = line.split('\t');
    const file = column(row, 'file')!;
    samples.push({
      name: `${name}/${file}`,
      truth: { title: column(row, 'title'), date: column(row, 'date'), outlet: column(row, 'outlet') },
      attache: await attacheOf(await readFile(path.join(root, file)), path.join(root, file)),
    });
  }
  return samples;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * Whether a page prints or declares a day (ISO, slashes, dots, English month names, 年月日) — a date the truth
 * leaves out but the page carries is not invented; one the page nowhere carries is.
 */
function writtenIn(page: string, day: string): boolean {
  const [y, m, d] = day.split('-') as [string, string, string];
  const [mm, dd] = [String(Number(m)), String(Number(d))];
  const month = MONTHS[Number(m) - 1]!;
  const forms = [
    `${y}-${m}-${d}`,
    `${y}/${m}/${d}`,
    `${y}/${mm}/${dd}`,
    `${y}${m}${d}`,
    `${d}.${m}.${y}`,
    `${dd}.${mm}.${y}`,
    `${m}/${d}/${y}`,
    `${mm}/${dd}/${y}`,
    `${y}年${mm}月${dd}日`,
  ];
  const text = page.replace(/&nbsp;|\s+/g, ' ');
  if (forms.some((form) => text.includes(form))) return true;
  const named = new RegExp(
    `\\b(?:${month}|${month.slice(0, 3)}\\.?)\\s+0?${dd}(?:st|nd|rd|th)?,?\\s+${y}|\\b0?${dd}\\s+(?:${month}|${month.slice(0, 3)}\\.?),?\\s+${y}`,
    'i',
  );
  return named.test(text);
}

const percent = (right: number, of: number): string => (of === 0 ? '—' : `${((100 * right) / of).toFixed(1)}% (${right}/${of})`);

function report(set: string, samples: Sample[]): void {
  const cells = (found: (sample: Sample) => Found | undefined) =>
    FIELDS.map((field) => {
      const judged = samples.filter((sample) => sample.truth[field] && found(sample));
      return percent(judged.filter((sample) => judge[field](sample.truth[field]!, found(sample)![field])).length, judged.length);
    });
  const invented = (found: (sample: Sample) => Found | undefined) => {
    const undated = samples.filter((sample) => !sample.truth.date && found(sample) && 'date' in sample.truth);
    const dated = undated.filter((sample) => found(sample)!.date);
    const unwritten = dated.filter((sample) => sample.page !== undefined && !writtenIn(sample.page, found(sample)!.date!));
    return `${dated.length}/${undated.length}${samples[0]?.page === undefined ? '' : ` (${unwritten.length} not in the page)`}`;
  };
  console.log(`| ${set} | Attaché | ${cells((sample) => sample.attache).join(' | ')} | ${invented((sample) => sample.attache)} |`);
  if (samples[0]?.readability)
    console.log(
      `| ${set} | Readability | ${cells((sample) => sample.readability).join(' | ')} | ${invented((sample) => sample.readability)} |`,
    );
  if (showMisses)
    for (const sample of samples) {
      if ('date' in sample.truth && !sample.truth.date && sample.attache.date)
        console.log(`   invented date ${sample.name}: ours ${sample.attache.date}`);
      for (const field of FIELDS)
        if (sample.truth[field] && !judge[field](sample.truth[field]!, sample.attache[field]))
          console.log(
            `   miss ${field} ${sample.name}: truth ${JSON.stringify(sample.truth[field])} · ours ${JSON.stringify(sample.attache[field])}`,
          );
    }
}

console.log('| set | reader | title | date | author | outlet | dated, truth has none (of those, not in the page) |');
console.log('|---|---|---|---|---|---|---|');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wanted = (set: string) => !only || set.includes(only);
if (wanted('readability-test-pages')) report('readability-test-pages (130)', await readabilityPages());
if (wanted('postlight-parser-fixtures')) report('postlight-parser-fixtures (164)', await postlightPages());
for (const name of ['ng-ru', 'orangesum-fr', 'wikinews-de', 'noticias-es']) if (wanted(name)) report(name, await corpus(name));

// The command line: a second front end over the same service as the app.
// attache import <folder> | search "<query>" | list | show <id> | export (a query's articles, or a saved briefing, as
// .docx or PDF), each with --library DIR.
import { languageName } from './core/briefing/model/languageNames.js';
import { placeLabel } from './core/briefing/model/placeLabel.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ArticleIdSchema, InsightKindSchema, type Briefing, type DuplicateKind, type InsightKind, type Insights } from './contract.js';
import { defaultUserDataDir, libraryDirOf } from './core/appPaths.js';
import { printHtmlToPdf } from './core/export/chromiumPdf.js';
import { AttacheService } from './core/service.js';
import { headlessShell } from './core/shell.js';

const SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));
/** A large folder is read on a thread per core started from the library worker's script, as in the app. */
const LIBRARY_WORKER = fileURLToPath(new URL('../bin/libraryWorker.mjs', import.meta.url));

const USAGE = `Usage:
  attache import <folder> [--collection NAME] [--json]
  attache search "<query>" [--limit N] [--json]
  attache list [--json]
  attache show <article-id> [--json]
  attache insights quotes|figures|timeline|entities|clusters [--query "<query>"] [--limit N] [--json]
  attache collections [--json]
  attache remove <article-id> … | attache remove --collection NAME
  attache export --query "<query>" --title "<title>" --marking "<marking>" --out <file.docx> [--limit N] [--summary TEXT]
  attache export --briefing <file.attache> --out <file.docx>
  attache export … --pdf --out <file.pdf>     (or an --out ending in .pdf)

PDF is laid out by a Chromium or Chrome installed on this computer ($ATTACHE_CHROMIUM names one), with
the same print stylesheet as the app's Print and Export PDF.

Every command takes --library DIR (default: $ATTACHE_LIBRARY, else the app's own library).
A new library starts with the bundled sample articles. -- ends the options: attache search -- "-Georgia".`;

const OPTIONS = {
  library: { type: 'string' },
  collection: { type: 'string' },
  json: { type: 'boolean', default: false },
  limit: { type: 'string' },
  query: { type: 'string' },
  title: { type: 'string' },
  marking: { type: 'string', default: '' },
  summary: { type: 'string', default: '' },
  out: { type: 'string' },
  briefing: { type: 'string' },
  pdf: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

export async function main(
  argv: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    const hint = unknown ? '\nA query or name that starts with "-" goes after --, e.g. attache search -- "-Georgia".' : '';
    err(`${(error as Error).message}${hint}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    // what can be refused without the library is refused before it is opened
    if (command === 'insights') insightKind(rest);
    const libraryDir = path.resolve(values.library ?? libraryDirOf(defaultUserDataDir()));
    const service = await AttacheService.open({
      libraryDir,
      seedsDir: SEEDS_DIR,
      shell: { ...headlessShell, printToPdf: printHtmlToPdf },
      readingThreads: { script: LIBRARY_WORKER },
    });
    for (const notice of service.notices) err(`attache: ${notice}`);
    const limit = values.limit === undefined ? undefined : parseLimit(values.limit);
    switch (command) {
      case 'import':
        return await runImport(service, requireOne(rest, 'a folder to import'), values.collection, values.json, out, err);
      case 'search':
        return await runSearch(service, requireOne(rest, 'a query'), limit, values.json, out, err);
      case 'list':
        return runList(service, values.json, out);
      case 'show':
        return await runShow(service, requireOne(rest, 'an article id'), values.json, out, err);
      case 'insights':
        return await runInsights(service, insightKind(rest), values.query ?? '', limit, values.json, out, err);
      case 'collections':
        return runCollections(service, values.json, out);
      case 'remove':
        return await runRemove(service, rest, values.collection, out, err);
      case 'export':
        return await runExport(service, { ...values, limit }, out, err);
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    err(`attache: ${(error as Error).message}`);
    return 1;
  }
}

const INSIGHT_KINDS = InsightKindSchema.options;

/** Each kind's rows as the JSON output promises them, and as one line of text. */
const INSIGHT_ROWS: { [K in InsightKind]: { json: (item: Insights[K][number]) => object; line: (item: Insights[K][number]) => string } } = {
  quotes: {
    json: ({ articleId, speaker, text, kind, date }) => ({ articleId, speaker, text, kind, date }),
    line: ({ articleId, speaker, text, kind, date }) =>
      `${date ?? 'undated'}  ${speaker ?? 'unattributed'} (${kind}): ${text}  [${articleId}]`,
  },
  figures: {
    json: ({ articleId, text, value, unit, what, sentence }) => ({ articleId, text, value, unit, what, sentence }),
    line: ({ articleId, text, value, unit, what, period }) =>
      `${text} = ${value}${unit ? ` ${unit}` : ''}  ${what ?? ''}${period ? ` (${period})` : ''}  [${articleId}]`,
  },
  timeline: {
    json: ({ date, event, people, places, articleIds }) => ({ date, event, people, places, articleIds }),
    line: ({ date, event, people, places, articleIds }) =>
      `${date}  ${[...people, ...places].join(', ')}: ${event}  [${articleIds.join(', ')}]`,
  },
  entities: {
    json: ({ name, kind, articles, mentions }) => ({
      name,
      kind,
      articles,
      mentions: mentions.map(({ articleId, text }) => ({ articleId, text })),
    }),
    line: ({ name, kind, articles, mentions }) => `${name} (${kind}): ${articles.length} articles, ${mentions.length} mentions`,
  },
  clusters: {
    json: ({ kind, articleIds, label }) => ({ kind, articleIds, label }),
    line: ({ kind, articleIds, label }) => `${kind}: ${label}  [${articleIds.join(', ')}]`,
  },
};

function insightKind(rest: string[]): InsightKind {
  const kind = requireOne(rest, `what to list: ${INSIGHT_KINDS.join(', ')}`);
  const parsed = InsightKindSchema.safeParse(kind);
  if (!parsed.success) throw new UsageError(`Unknown insight "${kind}": expected one of ${INSIGHT_KINDS.join(', ')}.`);
  return parsed.data;
}

async function runInsights(
  service: AttacheService,
  kind: InsightKind,
  query: string,
  limit: number | undefined,
  json: boolean,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const stale = service.staleInsightCount;
  if (stale > 0) {
    err(`attache: reading ${stale} articles again for their quotes, figures and names (stored by an older version)…`);
    const refreshed = await service.refreshInsights();
    if (!refreshed.ok) return failed(refreshed.message, err);
  }
  const response = await service.searchInsights(query);
  if (!response.ok) return failed(response.message, err);
  const rows = INSIGHT_ROWS[kind] as { json: (item: unknown) => object; line: (item: unknown) => string };
  const items = (response.insights[kind] as unknown[]).slice(0, limit);
  if (json) out(JSON.stringify(items.map(rows.json), null, 2));
  else {
    const read = response.sources.length;
    const searched = response.total > read ? ` (the first ${read} of ${response.total} articles found)` : '';
    out(`${items.length} ${kind} from ${read} articles${searched}.`);
    for (const item of items) out(`  ${rows.line(item)}`);
  }
  return 0;
}

function requireOne(rest: string[], what: string): string {
  if (rest.length !== 1 || !rest[0]) throw new UsageError(`Expected ${what}.`);
  return rest[0];
}

function parseLimit(text: string): number {
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000.');
  return limit;
}

async function runImport(
  service: AttacheService,
  folder: string,
  collection: string | undefined,
  json: boolean,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const outcome = await service.importFrom(folder, { collection });
  if (!outcome.ok) return failed(outcome.message, err);
  const { report } = outcome;
  if (json) out(JSON.stringify(report, null, 2));
  else {
    const count = (kind: DuplicateKind) => report.duplicates.filter((duplicate) => duplicate.kind === kind).length;
    out(
      `Imported ${report.imported.length} articles into "${report.collection}" from ${report.files} files; ` +
        `${report.updated.length} updated; ${count('unchanged')} unchanged; ${count('added-to-collection')} added to collection "${report.collection}"; ` +
        `${count('same-text')} with the same text as another file; ${count('near-duplicate')} near-duplicates; ${report.skipped.length} skipped.`,
    );
    for (const duplicate of report.duplicates) {
      if (duplicate.kind === 'same-text') out(`  same text as ${duplicate.of}: ${duplicate.path}`);
      if (duplicate.kind === 'near-duplicate')
        out(`  nearly the same text as ${duplicate.of} (similarity ${duplicate.similarity}; the first is kept): ${duplicate.path}`);
    }
    for (const skip of report.skipped) out(`  skipped ${skip.path}: ${skip.reason}`);
  }
  for (const notice of report.notices ?? []) err(`attache: ${notice}`);
  // a folder that is not there, or of which nothing could be read, is a failure for scripts too
  const read = report.imported.length + report.updated.length + report.duplicates.length;
  if (report.files === 0 && report.skipped.some((skip) => skip.path === report.folder))
    return failed(`${report.folder}: ${report.skipped[0]!.reason}.`, err);
  if (report.files === 0) return failed(`No articles in ${report.folder}: no .txt, .md, .html, .docx or .pdf files.`, err);
  if (read === 0 && !report.canceled) return failed(`Nothing could be read from ${report.folder}: every file was skipped.`, err);
  return 0;
}

async function runShow(
  service: AttacheService,
  id: string,
  json: boolean,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (!ArticleIdSchema.safeParse(id).success) throw new UsageError(`Not an article id: ${id}`);
  const article = await service.getArticle(id);
  if (!article) return failed(`No article ${id} in the library.`, err);
  if (json) {
    out(JSON.stringify(article, null, 2));
    return 0;
  }
  const facts: [string, string | null][] = [
    ['Source', article.source],
    ['Date', article.date],
    ['Place', placeLabel(article)],
    ['Author', article.author],
    ['Language', article.language ? languageName(article.language) : null],
    ['Countries', article.countries.join(', ') || null],
    ['Collections', article.collections.join(', ')],
    ['File', article.paths.join(', ')],
  ];
  out(article.title);
  for (const [label, value] of facts) if (value) out(`${`${label}:`.padEnd(13)}${value}`);
  out(`\n${article.body}`);
  return 0;
}

async function runSearch(
  service: AttacheService,
  query: string,
  limit: number | undefined,
  json: boolean,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const response = await service.search(query, { limit });
  if (!response.ok) {
    err(response.message);
    return 1;
  }
  if (json) {
    out(
      JSON.stringify(
        response.hits.map(({ id, title, source, date, score, snippet }) => ({ id, title, source, date, score, snippet })),
        null,
        2,
      ),
    );
    return 0;
  }
  out(`${response.total} result${response.total === 1 ? '' : 's'} for "${query}"`);
  for (const hit of response.hits) {
    out(`\n${hit.title}\n  ${[hit.source ?? 'unknown source', hit.date ?? 'undated', hit.id].join(' · ')}\n  ${hit.snippet}`);
  }
  return 0;
}

function runList(service: AttacheService, json: boolean, out: (line: string) => void): number {
  const articles = service.listArticles();
  if (json) {
    out(
      JSON.stringify(
        articles.map(
          ({ id, title, date, source, place, placeInEnglish, author, language, countries, collections, folder, path: file }) => ({
            id,
            title,
            date,
            source,
            place,
            placeInEnglish: placeInEnglish ?? null,
            author,
            language,
            countries,
            collections,
            folder,
            path: file,
          }),
        ),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const article of articles)
    out(
      `${article.id}  ${article.date ?? 'undated   '}  ${(article.language ? languageName(article.language) : '—').padEnd(10)}  ${(article.source ?? '—').padEnd(18)}  ${article.title}`,
    );
  return 0;
}

function runCollections(service: AttacheService, json: boolean, out: (line: string) => void): number {
  const collections = service.collections();
  if (json) out(JSON.stringify(collections, null, 2));
  else for (const { name, articles } of collections) out(`${String(articles).padStart(6)}  ${name}`);
  return 0;
}

async function runRemove(
  service: AttacheService,
  ids: string[],
  collection: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (collection !== undefined && ids.length === 0) {
    const names = service.collections().map((entry) => entry.name);
    if (!names.includes(collection))
      return failed(
        `No collection named "${collection}". The collections are: ${names.map((name) => `"${name}"`).join(', ') || 'none'}.`,
        err,
      );
    const removal = await service.removeCollection(collection);
    if (!removal.ok) return failed(removal.message, err);
    out(
      `Removed collection "${collection}": ${removal.removed} articles removed, ${removal.kept} kept (they are in other collections too).`,
    );
    return 0;
  }
  if (collection !== undefined || ids.length === 0) throw new UsageError('remove takes article ids, or --collection NAME.');
  const bad = ids.filter((id) => !ArticleIdSchema.safeParse(id).success);
  if (bad.length > 0) throw new UsageError(`Not an article id: ${bad.join(', ')}`);
  const removal = await service.removeArticles(ids);
  if (!removal.ok) return failed(removal.message, err);
  if (removal.removed === 0) return failed(`None of ${ids.join(', ')} is in the library.`, err);
  out(`Removed ${removal.removed} of ${ids.length} articles.`);
  return 0;
}

function failed(message: string, err: (line: string) => void): number {
  err(`attache: ${message}`);
  return 1;
}

interface ExportOptions {
  query?: string;
  title?: string;
  briefing?: string;
  marking: string;
  summary: string;
  out?: string;
  pdf: boolean;
  limit?: number;
}

/** Exports a saved briefing (--briefing) or one built from a query (--query, --title), as .docx or PDF. */
async function runExport(
  service: AttacheService,
  options: ExportOptions,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (!options.out) throw new UsageError('export needs --out.');
  const pdf = options.pdf || /\.pdf$/i.test(options.out);
  if (pdf && /\.docx$/i.test(options.out)) throw new UsageError('--pdf writes a PDF: give --out a name ending in .pdf.');
  let briefing: Briefing;
  let what: string;
  if (options.briefing !== undefined) {
    if (options.query !== undefined || options.title !== undefined)
      throw new UsageError('export takes --briefing (a saved briefing) or --query and --title (a new one), not both.');
    const read = await service.readBriefingFile(path.resolve(options.briefing));
    if (!read.ok) return failed(read.message, err);
    if (read.notice) err(`attache: ${read.notice}`);
    briefing = read.briefing;
    what = `${briefing.sections.reduce((count, section) => count + section.items.length, 0)} items`;
  } else {
    if (!options.query || !options.title) throw new UsageError('export needs --briefing FILE, or --query and --title.');
    const built = await service.briefingFromQuery(
      options.query,
      { title: options.title, marking: options.marking, summary: options.summary },
      options.limit,
    );
    if (!built.ok) return failed(built.message, err);
    briefing = built.briefing;
    what = `${built.articles} articles`;
  }
  const file = path.resolve(options.out);
  const result = pdf ? await service.exportPdfTo(briefing, file) : await service.exportTo(briefing, file);
  if (!result.ok) return failed(result.message, err);
  out(`Wrote ${result.path} (${what}).`);
  return 0;
}

// TEST-ONLY: a real-sized briefing to print — twelve real articles (nine BBC politics stories, three
// Russian ones from Nezavisimaya Gazeta, read in place from ../shared/corpora), whole and as excerpts,
// with notes, a summary, key points and a marking — and the page facts of a PDF as poppler reads them.
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Article, Briefing, BriefingSettings } from '../../electron/contract';
import { emptyBriefing } from '../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../electron/core/briefing/model/briefingText';
import type { AttacheService } from '../../electron/core/service';
import { importOrThrow } from './imports';
import { CORPORA_DIR, tempDir } from './paths';

export const MARKING = 'RESTRICTED';

const FILES = [
  ...['001', '002', '003', '004', '005', '006', '007', '008', '009'].map((name) =>
    path.join(CORPORA_DIR, 'bbc', 'politics', `${name}.txt`),
  ),
  ...['0001', '0002', '0003'].map((name) => path.join(CORPORA_DIR, 'ng-ru', `${name}.txt`)),
];

/** Imports the twelve articles into the service's library (from a folder of their own) and returns them in order. */
export async function importTwelveArticles(service: AttacheService): Promise<Article[]> {
  const folder = path.join(await tempDir('twelve'), 'Digest');
  await mkdir(folder, { recursive: true });
  // one folder holding just these twelve, named in order (the corpora hold hundreds)
  await Promise.all(FILES.map((file, at) => copyFile(file, path.join(folder, `${String(at + 1).padStart(2, '0')}.txt`))));
  const report = await importOrThrow(service, folder);
  const ids = [...report.imported, ...report.duplicates].map((entry) => entry.id);
  const articles = await Promise.all(ids.map((id) => service.getArticle(id)));
  const found = articles.filter((article): article is Article => article !== null).sort((a, b) => a.path.localeCompare(b.path));
  if (found.length !== 12) throw new Error(`expected 12 articles, imported ${found.length}`);
  return found;
}

/** Every third article as an excerpt (a footnote), every fourth with a note; UK and Russia sections. */
export function twelveArticleBriefing(articles: Article[], pageSize: BriefingSettings['pageSize']): Briefing {
  const items = articles.map((article, at) => {
    if (at % 3 === 2)
      return itemFromArticle(
        article,
        article.body
          .split(/\n\s*\n/)
          .slice(0, 2)
          .join('\n\n'),
      );
    return { ...itemFromArticle(article), ...(at % 4 === 0 ? { note: 'Worth raising with the Minister at the next meeting.' } : {}) };
  });
  return {
    ...emptyBriefing(),
    title: 'Weekly political digest: the United Kingdom and Russia as their own press sees them',
    marking: MARKING,
    author: 'Political Section',
    recipient: 'H.E. the Ambassador',
    date: '2025-03-14',
    summary: 'British politics this week turned on the budget and on open government.\n\nIn Moscow the papers wrote about people.',
    keyPoints: ['The Chancellor’s budget is the main domestic story.', 'The Freedom of Information Act is tested early.'],
    sections: [
      { heading: 'United Kingdom', items: items.slice(0, 9) },
      { heading: 'Russia', items: items.slice(9) },
    ],
    settings: { pageSize, margins: 'normal', font: 'Calibri', portionMarking: '' },
  };
}

export interface PdfFacts {
  pages: number;
  /** "595.92 x 842.88 pts (A4)" */
  pageSize: string;
  /** Each page's text as pdftotext lays it out, blank lines dropped. */
  pageLines: string[][];
}

export async function pdfFacts(file: string): Promise<PdfFacts> {
  const run = promisify(execFile);
  const info = (await run('pdfinfo', [file])).stdout;
  const text = (await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 << 20 })).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return {
    pages,
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    pageLines: text
      .split('\f')
      .slice(0, pages)
      .map((page) =>
        page
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
  };
}

// The sample briefing of the README: `npx tsx test/support/sampleExport.ts` writes docs/sample-briefing.docx
// and page images of its cover, a section with excerpts, and the Sources appendix (docs/sample-page-N.png).
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { emptyBriefing } from '../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../electron/core/briefing/model/briefingText';
import { AttacheService } from '../../electron/core/service';
import { docxCheck } from './docxCheck';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from './paths';
import { importOrThrow } from './imports';

const DOCS = path.join(PROJECT_DIR, 'docs');
const service = await AttacheService.open({ libraryDir: await tempDir('sample'), seedsDir: SEEDS_DIR });
await importOrThrow(service, path.join(PROJECT_DIR, 'test', 'fixtures', 'multilingual'));
const articles = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).filter(
  (article) => article !== null,
);
const find = (start: string) => articles.find((article) => article.title.startsWith(start))!;
const briefing = {
  ...emptyBriefing(),
  title: 'Belarus: partners and trade',
  subtitle: 'Visit of the Prime Minister of Azerbaijan, Minsk',
  marking: 'RESTRICTED',
  author: 'Political Section',
  date: '2024-10-10',
  recipient: 'H.E. the Ambassador',
  summary:
    'Belarus is widening its trade with Azerbaijan and Cuba, in both cases on the strength of machinery exports.\n\nThe Prime Minister’s visit is the moment to test the 39 percent growth figure and the agro-town projects.',
  keyPoints: [
    'Trade with Azerbaijan rose 39 percent in eight months.',
    'Cuba wants more Belarusian tractors and a repair centre.',
    'Moscow and Minsk both court Havana.',
  ],
  sections: [
    {
      heading: 'Azerbaijan',
      items: [
        itemFromArticle(
          find('Azerbaijan and Belarus forge'),
          'Economic and trade collaboration was a key focus of the talks, with a notable 39 percent increase in bilateral trade volume over the first eight months of the year.',
        ),
        {
          ...itemFromArticle(
            find('Lukashenko, Aliyev'),
            'In 2023 Belarus-Azerbaijan trade exceeded $400 million. But the parties believe they can raise the figure to $1 billion albeit not right away.',
          ),
          note: 'The $1 billion target recurs in every statement since 2023.',
        },
      ],
    },
    {
      heading: 'Cuba',
      items: [
        itemFromArticle(
          find('Минск и Гавана'),
          'Стороны обсудили поставки белорусской техники на Кубу и совместные проекты в области здравоохранения.',
        ),
        itemFromArticle(find('Russia and Cuba')),
      ],
    },
  ],
};
const file = path.join(DOCS, 'sample-briefing.docx');
const result = await service.exportTo(briefing, file);
if (!result.ok) throw new Error(result.message);
const summary = await docxCheck(file);
console.log(`${summary.pages} pages; headings: ${summary.headings.map((heading) => heading.text).join(' | ')}`);
for (const page of [1, 2, summary.pages]) {
  execFileSync('pdftoppm', [
    '-r',
    '70',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    summary.pdf,
    path.join(DOCS, `sample-page-${page === summary.pages ? 'sources' : page}`),
  ]);
}
await rm(path.dirname(summary.pdf), { recursive: true, force: true });

// bench/export: time and peak memory to export a 50-article and a 500-article briefing (BBC articles,
// in full, in five sections, one excerpt per section) to .docx, written atomically.
// Usage: npx tsx bench/export.ts
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../electron/contract';
import { emptyBriefing } from '../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../electron/core/briefing/model/briefingText';
import { readArticle } from '../electron/core/library/article';
import { walkFolder } from '../electron/core/library/walk';
import { AttacheService } from '../electron/core/service';
import { CORPORA_DIR, tempDir } from '../test/support/paths';
import { formatBytes, PeakMemory } from './peakMemory';

const articles: Article[] = [];
for (const file of (await walkFolder(path.join(CORPORA_DIR, 'bbc'))).files.slice(0, 600)) {
  const outcome = await readArticle(await readFile(file), file, 'bbc');
  if (outcome.ok) articles.push(outcome.article);
}
const service = await AttacheService.open({ libraryDir: await tempDir('bench-export') });
const out = await tempDir('bench-export-out');
console.log('articles | sections | export (build + write) | file size | peak RSS');
for (const count of [50, 500]) {
  const chosen = articles.slice(0, count);
  const sections = Array.from({ length: 5 }, (_, section) => {
    const items = chosen.filter((_, at) => at % 5 === section).map((article) => itemFromArticle(article));
    const first = chosen[section]!;
    return { heading: `Section ${section + 1}`, items: [itemFromArticle(first, first.body.split('\n\n')[1]), ...items] };
  });
  const briefing = {
    ...emptyBriefing(),
    title: `Benchmark briefing (${count} articles)`,
    marking: 'RESTRICTED',
    summary: 'Summary.',
    keyPoints: ['One.', 'Two.'],
    sections,
  };
  const file = path.join(out, `${count}.docx`);
  const peak = new PeakMemory();
  const started = performance.now();
  const result = await service.exportTo(briefing, file);
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(result.message);
  const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
  console.log(`${count} | 5 | ${seconds.toFixed(2)} s | ${formatBytes(size)} | ${formatBytes(peak.stop())}`);
}
await rm(out, { recursive: true, force: true });

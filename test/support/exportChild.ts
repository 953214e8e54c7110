// TEST-ONLY: exports a large briefing over the same file again and again, announcing each round, to be killed.
// Usage: tsx test/support/exportChild.ts LIBRARY_DIR OUT_FILE
import { emptyBriefing } from '../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../electron/core/briefing/model/briefingText';
import { AttacheService } from '../../electron/core/service';

const [libraryDir, outFile] = process.argv.slice(2);
const service = await AttacheService.open({ libraryDir: libraryDir! });
const articles = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).filter(
  (article) => article !== null,
);
const items = articles.map((article) => itemFromArticle(article));
for (let round = 1; ; round++) {
  process.stdout.write(`round ${round}\n`);
  const result = await service.exportTo({ ...emptyBriefing(), title: `Round ${round}`, sections: [{ heading: 'All', items }] }, outFile!);
  if (!result.ok) throw new Error(result.message);
}

// TEST-ONLY: saves a large briefing over the same file again and again, announcing each round, to be killed.
// Usage: tsx test/support/saveChild.ts LIBRARY_DIR STATE_DIR FILE
import { emptyBriefing } from '../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../electron/core/briefing/model/briefingText';
import { BriefingFiles } from '../../electron/core/briefing/briefingFiles';
import { AttacheService } from '../../electron/core/service';

const [libraryDir, stateDir, file] = process.argv.slice(2);
const service = await AttacheService.open({ libraryDir: libraryDir! });
const items = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id))))
  .filter((article) => article !== null)
  .map((article) => itemFromArticle(article));
const files = new BriefingFiles(stateDir!, { choosePath: async () => file });
for (let round = 1; ; round++) {
  process.stdout.write(`round ${round}\n`);
  const result = await files.save({ ...emptyBriefing(), title: `Round ${round}`, sections: [{ heading: 'All', items }] }, false);
  if (!result.ok) throw new Error(result.message);
}

// The documents of the search benchmarks: the real articles (BBC and the multilingual fixtures; no
// non-English corpus is in ../shared/corpora yet), repeated with new ids to reach a size.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../electron/contract';
import { readArticle } from '../electron/core/library/article';
import { walkFolder } from '../electron/core/library/walk';
import { CORPORA_DIR, PROJECT_DIR } from '../test/support/paths';

export async function realArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for (const folder of [path.join(CORPORA_DIR, 'bbc'), path.join(PROJECT_DIR, 'test', 'fixtures')]) {
    for (const file of (await walkFolder(folder)).files) {
      const outcome = await readArticle(await readFile(file), file, path.basename(folder));
      if (outcome.ok) articles.push(outcome.article);
    }
  }
  // the corpus holds some articles twice: keep one of each, as the library does
  return [...new Map(articles.map((article) => [article.id, article])).values()];
}

/** `size` articles: the real ones again and again, each copy with a new id and its copy number in the title. */
export function repeated(base: Article[], size: number): Article[] {
  return Array.from({ length: size }, (_, n) => {
    const article = base[n % base.length]!;
    const copy = Math.floor(n / base.length);
    const id = createHash('sha256').update(`${article.id}:${copy}`).digest('hex').slice(0, 16);
    return { ...article, id, title: copy ? `${article.title} (copy ${copy})` : article.title };
  });
}

// The ng-ru articles scraped twice from one URL (the corpus's README: 14 pairs, some edited between
// scrapes), read from its INDEX.tsv: the desk's duplicates and the result list's stories are tested on them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPORA_DIR } from './paths';

export const NG_RU = path.join(CORPORA_DIR, 'ng-ru');

/** Each URL listed more than once: its files (absolute paths) and the title of the first. */
export async function ngRuRescrapes(): Promise<{ files: string[]; title: string }[]> {
  const rows = (await readFile(path.join(NG_RU, 'INDEX.tsv'), 'utf8'))
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const byUrl = new Map<string, { files: string[]; title: string }>();
  for (const [file, title, , , url] of rows) {
    const entry = byUrl.get(url!) ?? { files: [], title: title! };
    entry.files.push(path.join(NG_RU, file!));
    byUrl.set(url!, entry);
  }
  return [...byUrl.values()].filter((entry) => entry.files.length > 1);
}

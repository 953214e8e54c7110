// bench/nearDuplicates: near-duplicate detection at import, on BBC and ng-ru, against two truths —
// ng-ru's own (its INDEX.tsv lists 14 pairs that are two scrapes of one URL with small edits), and for
// both sets every pair of articles whose five-word shingles have a Jaccard similarity of 0.8 or more,
// found by brute force over an inverted index (what the import's SimHash stage should not miss).
// Usage: npx tsx bench/nearDuplicates.ts
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { importFolderInto } from '../electron/core/library/folderImport';
import { Library } from '../electron/core/library/library';
import { jaccard, NEAR_DUPLICATE_JACCARD, shinglesOf } from '../electron/core/library/nearDuplicates';
import { readArticle } from '../electron/core/library/article';
import { CORPORA_DIR, tempDir } from '../test/support/paths';

const pairKey = (a: string, b: string): string => [a, b].sort().join(' ~ ');

/** Every pair of files whose article texts (as the import reads them) are at least 0.8 similar. */
async function bruteForcePairs(root: string, files: string[]): Promise<Set<string>> {
  const sets: Set<string>[] = [];
  const ids: (string | undefined)[] = [];
  for (const file of files) {
    const outcome = await readArticle(await readFile(path.join(root, file)), path.join(root, file), 'bench');
    sets.push(outcome.ok ? shinglesOf(outcome.article.body) : new Set());
    ids.push(outcome.ok ? outcome.article.id : undefined);
  }
  const postings = new Map<string, number[]>();
  sets.forEach((set, doc) => {
    for (const shingle of set) postings.set(shingle, [...(postings.get(shingle) ?? []), doc]);
  });
  // near-duplicates share many rare shingles: every pair sharing one is checked exactly
  const candidates = new Set<number>();
  for (const docs of postings.values()) {
    if (docs.length > 50) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) candidates.add(docs[i]! * 100_000 + docs[j]!);
  }
  const pairs = new Set<string>();
  for (const key of candidates) {
    const [a, b] = [Math.floor(key / 100_000), key % 100_000];
    // the same text twice is an exact duplicate (the hash finds it), not a near one
    if (ids[a] === ids[b]) continue;
    if (jaccard(sets[a]!, sets[b]!) >= NEAR_DUPLICATE_JACCARD) pairs.add(pairKey(files[a]!, files[b]!));
  }
  return pairs;
}

async function run(name: string, truthFromIndex: boolean): Promise<void> {
  const root = path.join(CORPORA_DIR, name);
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.txt') && file !== 'README.TXT').sort();
  const library = await Library.open(await tempDir('bench-near'));
  const started = performance.now();
  const report = await importFolderInto(library, root);
  const seconds = (performance.now() - started) / 1000;
  const found = new Set(
    report.duplicates
      .filter((duplicate) => duplicate.kind === 'near-duplicate')
      .map((duplicate) => pairKey(path.relative(root, duplicate.path), path.relative(root, duplicate.of))),
  );
  const similar = await bruteForcePairs(root, files);
  const score = (label: string, truth: Set<string>) => {
    const right = [...found].filter((pair) => truth.has(pair)).length;
    const precision = found.size ? (100 * right) / found.size : 100;
    const recall = truth.size ? (100 * right) / truth.size : 100;
    console.log(`| ${name} | ${label} | ${truth.size} | ${found.size} | ${right} | ${precision.toFixed(1)}% | ${recall.toFixed(1)}% |`);
  };
  score(`pairs with Jaccard ≥ ${NEAR_DUPLICATE_JACCARD} (brute force)`, similar);
  if (truthFromIndex) {
    const rows = (await readFile(path.join(root, 'INDEX.tsv'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t'));
    const byUrl = new Map<string, string[]>();
    for (const [file, , , , url] of rows) byUrl.set(url!, [...(byUrl.get(url!) ?? []), file!]);
    const truth = new Set([...byUrl.values()].filter((group) => group.length === 2).map(([a, b]) => pairKey(a!, b!)));
    score('same URL scraped twice (INDEX.tsv)', truth);
  }
  console.log(`   ${name}: import with near-duplicate detection ${seconds.toFixed(1)} s for ${files.length} files`);
}

console.log('| corpus | truth | pairs in truth | pairs found | right | precision | recall |');
console.log('|---|---|---|---|---|---|---|');
await run('bbc', false);
await run('ng-ru', true);

// RT на русском as scraped (../shared/corpora/rt-ru): 643 of its 1,000 files carry a «Также по теме»
// box mid-body, and about 60% have paragraphs the scraper broke mid-sentence. Read through the import's
// reader, no box marker or teaser headline stays in a body, no broken paragraph stays broken, and no
// sentence of the article itself is lost.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../electron/core/library/article';
import { normaliseText } from '../../../electron/core/library/decode';
import { CORPORA_DIR } from '../../support/paths';

const ROOT = path.join(CORPORA_DIR, 'rt-ru');
const MARKER = 'Также по теме';
let files: { file: string; raw: string; body: string }[];

beforeAll(async () => {
  const names = (await readdir(ROOT, { recursive: true })).filter((name) => name.endsWith('.txt')).sort();
  files = [];
  for (const name of names) {
    const bytes = await readFile(path.join(ROOT, name));
    const outcome = await readArticle(bytes, path.join(ROOT, name), 'rt-ru');
    if (!outcome.ok) throw new Error(`${name}: ${outcome.reason}`);
    files.push({ file: name, raw: bytes.toString('utf8'), body: outcome.article.body });
  }
}, 120_000);

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

describe('rt-ru read through the import', () => {
  it('drops every «Также по теме» box: its marker and its teaser headline', () => {
    const boxed = files.filter(({ raw }) => raw.split('\n').some((line) => line.trim() === MARKER));
    expect(boxed.length).toBe(643);
    for (const { file, raw, body } of boxed) {
      expect(
        body.split('\n').some((line) => line.trim() === MARKER),
        file,
      ).toBe(false);
      const lines = paragraphs(raw);
      const teaser = lines[lines.indexOf(MARKER) + 1]!;
      // the teaser’s own headline goes; the same words elsewhere in the body (a caption) stay; the first line is the title
      const count = (list: string[]) => list.filter((paragraph) => paragraph === teaser).length;
      expect(count(paragraphs(body)), `${file}: ${teaser}`).toBe(
        count(lines.slice(1)) - lines.filter((line, at) => line === MARKER && lines[at + 1] === teaser).length,
      );
    }
  });

  it('rejoins paragraphs broken mid-sentence: none goes on in lower case after one that ends no sentence', () => {
    const broken = files.flatMap(({ file, body }) =>
      paragraphs(body).flatMap((paragraph, at, all) =>
        at > 0 && /^\p{Ll}/u.test(paragraph) && !/[.!?:;"”»)…]$/u.test(all[at - 1]!) ? [`${file}: ${paragraph.slice(0, 60)}`] : [],
      ),
    );
    expect(broken).toEqual([]);
  });

  it('loses no sentence of the article: every raw paragraph ending a sentence is in the body (outside the boxes; the first is the title)', () => {
    const lost: string[] = [];
    for (const { file, raw, body } of files) {
      const flat = body.replace(/\s+/g, ' ');
      // the text as the importer keeps it: control characters (a stray DEL in a few files) carry none
      const lines = paragraphs(raw);
      const box = new Set<number>();
      lines.forEach((line, at) => {
        if (line !== MARKER) return;
        // the marker and the teaser's headline; the next paragraph only when it is the teaser's cut-off sentence
        box.add(at).add(at + 1);
        if (!/[.!?»]$/u.test(lines[at + 2] ?? '')) box.add(at + 2);
      });
      lines.forEach((line, at) => {
        if (
          at > 0 &&
          !box.has(at) &&
          /[.!?»]$/u.test(line) &&
          line.split(' ').length >= 8 &&
          !flat.includes(normaliseText(line).replace(/\s+/g, ' '))
        )
          lost.push(`${file}: ${line.slice(0, 80)}`);
      });
    }
    expect(lost).toEqual([]);
  });
});

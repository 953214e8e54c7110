// The BBC News corpus (../shared/corpora/bbc): 2,225 articles in five folders, some of them twice.
import { jaccard, shinglesOf } from '../../../electron/core/library/nearDuplicates';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../electron/contract';
import { AttacheService } from '../../../electron/core/service';
import { CORPORA_DIR, tempDir } from '../../support/paths';
import { importOrThrow } from '../../support/imports';
import { duplicateGroups } from '../../support/insights';

const BBC = path.join(CORPORA_DIR, 'bbc');

/** The corpus is mostly UTF-8, but a few files are Latin-1 ("£" as byte 0xA3). */
async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
let service: AttacheService;
let report: ImportReport;

beforeAll(async () => {
  service = await AttacheService.open({ libraryDir: await tempDir('bbc') });
  report = await importOrThrow(service, BBC);
}, 120_000);

describe('importing the BBC corpus', () => {
  it('accounts for every file: imported, or a duplicate of another, nothing skipped', () => {
    expect(report.files).toBe(2226); // 2,225 articles and the set's README.TXT
    expect(report.skipped).toEqual([]);
    expect(report.imported.length + report.duplicates.length).toBe(2226);
    expect(report.duplicates.length).toBeGreaterThan(0);
    for (const duplicate of report.duplicates) expect(duplicate.of).not.toBe(duplicate.path);
  });

  it("groups on the analyst's desk every exact duplicate the import reports", async () => {
    const exact = report.duplicates.filter((duplicate) => duplicate.kind === 'same-text');
    expect(exact.length).toBeGreaterThan(0);
    const groups = await duplicateGroups(service);
    const missed = exact.filter((duplicate) => !groups.some((paths) => paths.includes(duplicate.path) && paths.includes(duplicate.of)));
    expect(missed).toEqual([]);
  });

  it('a duplicate is the same article text as the file it duplicates; a near-duplicate nearly the same', async () => {
    const exact = report.duplicates.filter((duplicate) => duplicate.kind === 'same-text');
    const near = report.duplicates.filter((duplicate) => duplicate.kind === 'near-duplicate');
    expect(exact.length + near.length).toBe(report.duplicates.length);
    for (const duplicate of exact.slice(0, 20)) {
      const [a, b] = await Promise.all([readText(duplicate.path), readText(duplicate.of)]);
      expect(a.replace(/\s+/g, ' ').trim()).toBe(b.replace(/\s+/g, ' ').trim());
    }
    expect(near.length).toBeGreaterThan(0);
    for (const duplicate of near) {
      const [a, b] = await Promise.all([readText(duplicate.path), readText(duplicate.of)]);
      expect(jaccard(shinglesOf(a), shinglesOf(b)), duplicate.path).toBeGreaterThanOrEqual(0.75);
    }
  });

  it("takes each article's title from its first line", async () => {
    const mismatched: string[] = [];
    for (const meta of service.listArticles()) {
      if (meta.path.endsWith('README.TXT')) continue;
      const firstLine = (await readText(meta.path)).split('\n')[0]!.trim().replace(/\s+/g, ' ');
      if (meta.title !== firstLine) mismatched.push(`${meta.path}: ${meta.title}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('keeps every line of every article body: cleaning removes no sentence of real copy', async () => {
    const lost: string[] = [];
    for (const meta of service.listArticles()) {
      const body = (await service.getArticle(meta.id))!.body.replace(/\s+/g, ' ');
      const lines = (await readText(meta.path)).split('\n').slice(1);
      for (const line of lines.map((text) => text.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
        if (!body.includes(line)) lost.push(`${meta.path}: ${line.slice(0, 80)}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('files the articles in a collection named for the folder, each with its sub-folder', () => {
    const near = report.duplicates.filter((duplicate) => duplicate.kind === 'near-duplicate').length;
    expect(service.collections()).toEqual([{ name: 'bbc', articles: 2128 - near }]);
    const folders = new Map<string, number>();
    for (const meta of service.listArticles()) folders.set(meta.folder, (folders.get(meta.folder) ?? 0) + 1);
    expect([...folders.keys()].sort()).toEqual(['bbc', 'bbc/business', 'bbc/entertainment', 'bbc/politics', 'bbc/sport', 'bbc/tech']);
    expect(folders.get('bbc/tech')).toBeGreaterThan(300);
  });

  it('finds an article first from a distinctive sentence of its body', async () => {
    const meta = service.listArticles().find((article) => article.path.endsWith(path.join('tech', '001.txt')))!;
    const body = (await service.getArticle(meta.id))!.body;
    const sentence = body.split('\n\n')[2]!.split(/[.?!]/)[0]!;
    const response = await service.search(sentence.replace(/[^\p{L}\p{N}\s]/gu, ' '));
    expect(response.ok && response.hits[0]?.id).toBe(meta.id);
  });
});

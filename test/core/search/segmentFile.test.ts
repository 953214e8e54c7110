// A segment's file: the arrays it is queried in, read back in place; bytes that do not add up are refused
// by the reader, and never written.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library';
import { readSealedBinary, SealedFileError, writeSealedBinary } from '../../../electron/core/sealedFile';
import { buildSegmentData, segmentArrays, type SegmentArrays } from '../../../electron/core/search/engine/segment';
import { decodeSegment, encodeSegment, SEGMENT_FILE } from '../../../electron/core/search/engine/segmentFile';
import { TermList } from '../../../electron/core/search/engine/termList';
import { AttacheService } from '../../../electron/core/service';
import { importOrThrow } from '../../support/imports';
import { PROJECT_DIR, SEEDS_DIR, tempDir } from '../../support/paths';

async function seedSegment(): Promise<SegmentArrays> {
  const libraryDir = await tempDir('segment-file');
  const service = await AttacheService.open({ libraryDir, seedsDir: SEEDS_DIR });
  await importOrThrow(service, path.join(PROJECT_DIR, 'test', 'fixtures', 'multilingual'));
  const library = await Library.open(libraryDir);
  const articles = await Promise.all(library.list().map(async (meta) => (await library.get(meta.id))!));
  return segmentArrays(
    articles.map((article) => article.id),
    buildSegmentData(articles),
  );
}

describe('a segment file', () => {
  it('reads back the very arrays written, viewing the file’s bytes in place', async () => {
    const segment = await seedSegment();
    const file = path.join(await tempDir('segment-file'), 'segment.seg');
    await writeSealedBinary(file, SEGMENT_FILE, segment);
    const read = await readSealedBinary(file, SEGMENT_FILE);
    if (read.state !== 'ok') throw new Error(read.state);
    expect(read.data.ids).toEqual(segment.ids);
    expect([...read.data.terms]).toEqual([...segment.terms]);
    expect(read.data.terms.length).toBeGreaterThan(500);
    for (const field of ['title', 'body', 'names'] as const) {
      expect([...read.data.fields[field].postingStarts]).toEqual([...segment.fields[field].postingStarts]);
      expect([...read.data.fields[field].postingDocs]).toEqual([...segment.fields[field].postingDocs]);
      expect([...read.data.fields[field].postingWeights]).toEqual([...segment.fields[field].postingWeights]);
    }
    // the data starts at a multiple of 8 in the file, and the arrays view the file's own buffer (no copy)
    const raw = await readFile(file);
    expect((raw.indexOf(10) + 1) % 8).toBe(0);
    expect(read.data.fields.body.postingWeights.buffer.byteLength).toBe(raw.length);
    expect(read.data.fields.body.postingWeights.buffer).toBe(read.data.fields.title.postingStarts.buffer);
  });

  it('refuses bytes that do not add up, and a write of them leaves no file', async () => {
    const segment = await seedSegment();
    const bytes = encodeSegment(segment);
    expect(() => decodeSegment(bytes.subarray(0, bytes.length - 8))).toThrow(/shorter than its layout/);
    // the same bytes one byte further on in their buffer are copied, not refused
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeSegment(shifted.subarray(1)).ids).toEqual(segment.ids);

    const postingDocs = Uint32Array.from(segment.fields.body.postingDocs);
    postingDocs[postingDocs.length - 1] = segment.ids.length; // a document the segment does not have
    const broken: SegmentArrays = { ...segment, fields: { ...segment.fields, body: { ...segment.fields.body, postingDocs } } };
    expect(() => decodeSegment(encodeSegment(broken))).toThrow(/body postings do not add up/);
    // a term's run that starts before the one before it; a weight that is not a number
    const postingStarts = Uint32Array.from(segment.fields.body.postingStarts);
    const middle = postingStarts.length >> 1;
    postingStarts[middle] = postingStarts[middle + 1]! + 1;
    const unordered: SegmentArrays = { ...segment, fields: { ...segment.fields, body: { ...segment.fields.body, postingStarts } } };
    expect(() => decodeSegment(encodeSegment(unordered))).toThrow(/body postings do not add up/);
    const postingWeights = Float32Array.from(segment.fields.names.postingWeights);
    postingWeights[0] = Number.NaN;
    const nan: SegmentArrays = { ...segment, fields: { ...segment.fields, names: { ...segment.fields.names, postingWeights } } };
    expect(() => decodeSegment(encodeSegment(nan))).toThrow(/names postings do not add up/);
    // a layout that claims more terms than its text holds is refused before anything that size is made
    expect(() => TermList.fromJoined('a\nb', 4_000_000_000)).toThrow(/cannot fit/);

    const dir = await tempDir('segment-file');
    await expect(writeSealedBinary(path.join(dir, 'segment.seg'), SEGMENT_FILE, broken)).rejects.toThrow(SealedFileError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('holds a segment of no articles', () => {
    const empty = segmentArrays([], buildSegmentData([]));
    const read = decodeSegment(encodeSegment(empty));
    expect(read.ids).toEqual([]);
    expect(read.terms.length).toBe(0);
    expect(read.fields.body.postingDocs.length).toBe(0);
  });
});

describe('a segment’s terms in one string', () => {
  it('compares, orders and finds terms as strings do', async () => {
    const terms = [...(await seedSegment()).terms];
    expect(terms.length).toBeGreaterThan(500);
    const list = TermList.of(terms);
    expect(list.length).toBe(terms.length);
    expect(list.inOrder()).toBe(true);
    const probes = [...terms.filter((_, at) => at % 37 === 0), 'a', 'zzzz', 'бел', 'белорусс', '~', '', 'ü'];
    for (const [position, term] of terms.entries()) {
      expect(list.at(position)).toBe(term);
      for (const probe of probes.slice(0, 3))
        expect(Math.sign(list.compare(position, probe))).toBe(term < probe ? -1 : term > probe ? 1 : 0);
    }
    for (const probe of probes)
      for (const position of [0, terms.length >> 1, terms.length - 1])
        expect([probe, Math.sign(list.compare(position, probe))]).toEqual([
          probe,
          terms[position]! < probe ? -1 : terms[position]! > probe ? 1 : 0,
        ]);
    // a term that is a prefix of the one before it, or the same, is out of order
    expect(TermList.of(['abc', 'ab']).inOrder()).toBe(false);
    expect(TermList.of(['ab', 'ab']).inOrder()).toBe(false);
    expect(TermList.of(['ab', 'abc', 'b']).inOrder()).toBe(true);
    expect(TermList.of(['b', 'a']).inOrder()).toBe(false);
    expect(TermList.of([]).length).toBe(0);
    expect(() => TermList.fromJoined('a\nb\nc', 2)).toThrow(/more terms/);
    expect(() => TermList.fromJoined('a\nb', 3)).toThrow(/2 terms where 3/);
  });
});

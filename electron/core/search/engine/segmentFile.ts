// A segment's file: its arrays as they are held in memory, so that opening one is reading it — the typed
// arrays view the file's bytes where they lie, and only the ids and terms are decoded. (A segment written as
// JSON took 0.8 s to open at 5,000 articles: its text decoded, hashed, parsed into millions of numbers and
// copied into typed arrays.) The bytes, after the sealed file's header (sealedFile.ts), which holds their
// checksum:
//   u32 n, then n bytes of JSON: the layout (documents, byte and item counts), padded to 8;
//   the ids, then the terms, each UTF-8 joined by "\n" and padded to 8;
//   for each field (title, body, names): postingStarts (u32 × terms + 1), postingWeights (f32 × postings),
//   postingDocs (u16 or u32 × postings), each padded to 8.
// Reading checks every count and bound against the layout, and the layout against the data: what does not
// add up is refused, and a write applies the same decoding to its bytes before writing them.
import { endianness } from 'node:os';
import { z } from 'zod';
import type { SealedBinaryFormat } from '../../sealedFile.js';
import { SEGMENT_FIELDS, type FieldArrays, type SegmentArrays } from './segment.js';
import { TermList } from './termList.js';

const ALIGN = 8;
const padded = (length: number): number => Math.ceil(length / ALIGN) * ALIGN;

const FieldLayoutSchema = z.object({ postings: z.number().int().nonnegative(), docBytes: z.union([z.literal(2), z.literal(4)]) });
const LayoutSchema = z.object({
  littleEndian: z.boolean(),
  documents: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
  idBytes: z.number().int().nonnegative(),
  termBytes: z.number().int().nonnegative(),
  fields: z.object({ title: FieldLayoutSchema, body: FieldLayoutSchema, names: FieldLayoutSchema }),
});
type Layout = z.infer<typeof LayoutSchema>;

const LITTLE_ENDIAN = endianness() === 'LE';

function joinedLines(values: string[], what: string): Buffer {
  for (const value of values) if (value.includes('\n')) throw new Error(`a segment's ${what} cannot hold a line break`);
  return Buffer.from(values.join('\n'));
}

/** The segment's bytes. */
export function encodeSegment({ ids, terms, fields }: SegmentArrays): Uint8Array {
  for (const field of SEGMENT_FIELDS) {
    const { postingStarts, postingWeights, postingDocs } = fields[field];
    // (a length that does not match could hide in the padding)
    if (postingStarts.length !== terms.length + 1 || postingWeights.length !== postingDocs.length)
      throw new Error(`the segment’s ${field} postings do not match its terms`);
  }
  const idBytes = joinedLines(ids, 'ids');
  const termBytes = Buffer.from(terms.joined);
  const docBytes = ids.length <= 0x10000 ? 2 : 4;
  const layout: Layout = {
    littleEndian: LITTLE_ENDIAN,
    documents: ids.length,
    terms: terms.length,
    idBytes: idBytes.length,
    termBytes: termBytes.length,
    fields: Object.fromEntries(
      SEGMENT_FIELDS.map((field) => [field, { postings: fields[field].postingDocs.length, docBytes }]),
    ) as Layout['fields'],
  };
  const layoutBytes = Buffer.from(JSON.stringify(layout));
  const parts: Uint8Array[] = [];
  let length = 0;
  const put = (bytes: Uint8Array): void => {
    parts.push(bytes);
    const end = padded(length + bytes.length);
    if (end > length + bytes.length) parts.push(new Uint8Array(end - length - bytes.length));
    length = end;
  };
  const view = (array: ArrayBufferView): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  put(Buffer.concat([view(Uint32Array.of(layoutBytes.length)), layoutBytes]));
  put(idBytes);
  put(termBytes);
  for (const field of SEGMENT_FIELDS) {
    const { postingStarts, postingWeights, postingDocs } = fields[field];
    put(view(postingStarts));
    put(view(postingWeights));
    put(view(docBytes === 2 ? Uint16Array.from(postingDocs) : Uint32Array.from(postingDocs)));
  }
  // a buffer of its own (never a slice of Node's pool), so the arrays lie at multiples of 8 in it
  const out = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The segment these bytes hold; throws if they do not add up. Its arrays view the bytes in place when they
 * start at a multiple of 8 in their buffer (a sealed file's body does), else a copy of them.
 */
export function decodeSegment(input: Uint8Array): SegmentArrays {
  const bytes = input.byteOffset % ALIGN === 0 ? input : new Uint8Array(input);
  let at = 0;
  const take = (length: number): Uint8Array => {
    if (at + length > bytes.length) throw new Error('the segment is shorter than its layout says');
    const part = bytes.subarray(at, at + length);
    at = padded(at + length);
    return part;
  };
  const text = (part: Uint8Array): string => Buffer.from(part.buffer, part.byteOffset, part.length).toString('utf8');
  if (bytes.length < 4) throw new Error('the segment is empty');
  const layoutLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, LITTLE_ENDIAN);
  at = 4;
  const layout = LayoutSchema.parse(JSON.parse(text(take(layoutLength))));
  if (layout.littleEndian !== LITTLE_ENDIAN) throw new Error('the segment was written on a machine of the other byte order');
  const idText = text(take(layout.idBytes));
  const ids = layout.documents === 0 && idText === '' ? [] : idText.split('\n');
  if (ids.length !== layout.documents) throw new Error('the segment’s ids do not add up');
  const terms = TermList.fromJoined(text(take(layout.termBytes)), layout.terms);
  // (out of order, binary searches and the edit-distance walk would miss terms)
  if (!terms.inOrder()) throw new Error('the segment’s terms are not in order');
  const array = <T>(
    Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
    count: number,
  ): T => {
    const part = take(count * Type.BYTES_PER_ELEMENT);
    return new Type(part.buffer, part.byteOffset, count);
  };
  const fields = Object.fromEntries(
    SEGMENT_FIELDS.map((name): [string, FieldArrays] => {
      const { postings, docBytes } = layout.fields[name];
      const field: FieldArrays = {
        postingStarts: array(Uint32Array, terms.length + 1),
        postingWeights: array(Float32Array, postings),
        postingDocs: docBytes === 2 ? array(Uint16Array, postings) : array(Uint32Array, postings),
      };
      checkPostings(name, field, layout.documents);
      return [name, field];
    }),
  ) as SegmentArrays['fields'];
  if (at !== bytes.length) throw new Error('the segment is longer than its layout says');
  return { ids, terms, fields };
}

/** Each term's run lies within the postings, in order, names a document the segment has, with a weight. */
function checkPostings(name: string, { postingStarts, postingDocs, postingWeights }: FieldArrays, documents: number): void {
  const fail = (): never => {
    throw new Error(`the segment’s ${name} postings do not add up`);
  };
  if (postingStarts[0] !== 0 || postingStarts[postingStarts.length - 1] !== postingDocs.length) fail();
  for (let term = 1; term < postingStarts.length; term++) if (postingStarts[term]! < postingStarts[term - 1]!) fail();
  for (let at = 0; at < postingDocs.length; at++) {
    const weight = postingWeights[at]!;
    if (postingDocs[at]! >= documents || !(weight >= 0 && weight < Infinity)) fail();
  }
}

/**
 * The index's segment files. Version 3: Russian words indexed with their dictionary forms too, and a `names`
 * field; 4: Polish, Ukrainian and Belarusian words as written (PLAIN_MARK), German compounds with their last
 * part; 5: the arrays as bytes (4 was JSON). A segment of an older version is rebuilt.
 */
export const SEGMENT_FILE: SealedBinaryFormat<SegmentArrays> = {
  name: 'attache-index-segment',
  version: 5,
  encode: encodeSegment,
  decode: decodeSegment,
};

// Files that must survive damage: the library catalog, the search index, briefings. Each starts with one
// line naming its format and version and giving the SHA-256 and length of the data after it, so a torn,
// truncated or altered file is detected at open. Each write keeps the previous version as FILE.bak, and
// a damaged file is replaced by that last good copy (the caller tells the user); a file of a later
// version is not damage and is never replaced. A format carries the one check its reader applies (and
// may say what it writes for its data, `toJson`, and read earlier versions, `older`), and a write
// applies that check first, to the data as it will read back: what the reader would refuse is never
// written. The data is JSON (sealedFormat) or bytes with a codec of
// their own (sealedBinaryFormat: the index's segments, whose postings are typed arrays).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomicFile.js';

interface Header {
  format: string;
  version: number;
  /** Of the data's UTF-8 bytes. */
  sha256: string;
  /** JSON: the data's length in characters (UTF-16 code units); bytes: in bytes. */
  length: number;
}

export type SealedRead<T> =
  { state: 'missing' } | { state: 'ok'; data: T } | { state: 'restored'; data: T; problem: string } | { state: 'damaged'; problem: string };

export class SealedFileError extends Error {}

/**
 * A kind of sealed file: its name and version, and the check its data must pass (a schema's parse, which
 * throws). `toJson`: what is written for the data, if not the data itself (the check reads it back into
 * the data). `older`: readers of earlier versions' data, so that a library written by an earlier Attaché
 * opens (and is written in this version the next time it is written).
 */
export interface SealedFormat<T> {
  name: string;
  version: number;
  check(data: unknown): T;
  toJson?(data: T): unknown;
  older?: ReadonlyMap<number, (data: unknown) => T>;
}

/**
 * A kind of sealed file whose data is bytes: `decode` is the reader's whole check (it throws on data that
 * does not add up), and a write decodes what `encode` made before writing it.
 */
export interface SealedBinaryFormat<T> {
  name: string;
  version: number;
  encode(data: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

export const sealedFormat = <T>(
  name: string,
  version: number,
  schema: { parse(data: unknown): T },
  options: Pick<SealedFormat<T>, 'toJson' | 'older'> = {},
): SealedFormat<T> => ({
  name,
  version,
  check: (data) => schema.parse(data),
  ...options,
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Where a binary body starts is a multiple of this in the file (the header line is padded), so typed arrays can view it in place. */
const BODY_ALIGNMENT = 8;

/** Writes `data` if it passes the format's check as it will be read back (JSON drops undefined, turns functions to null …). */
export async function writeSealedJson<T>(file: string, format: SealedFormat<T>, data: T): Promise<void> {
  let body: string;
  try {
    body = JSON.stringify(format.toJson ? format.toJson(data) : data);
    format.check(JSON.parse(body));
  } catch (error) {
    throw new SealedFileError(`Refused to write ${format.name} data that would not read back: ${(error as Error).message.slice(0, 300)}`);
  }
  const bytes = Buffer.from(body);
  await writeSealed(file, `${JSON.stringify(header(format, bytes, body.length))}\n`, bytes);
}

/** Writes `data` as the format encodes it, if its own decoding of those bytes accepts them. */
export async function writeSealedBinary<T>(file: string, format: SealedBinaryFormat<T>, data: T): Promise<void> {
  const bytes = format.encode(data);
  try {
    format.decode(bytes);
  } catch (error) {
    throw new SealedFileError(`Refused to write ${format.name} data that would not read back: ${(error as Error).message.slice(0, 300)}`);
  }
  const line = JSON.stringify(header(format, bytes, bytes.length));
  const padding = BODY_ALIGNMENT - ((Buffer.byteLength(line) + 1) % BODY_ALIGNMENT);
  await writeSealed(file, `${line}${' '.repeat(padding % BODY_ALIGNMENT)}\n`, bytes);
}

const header = (format: { name: string; version: number }, bytes: Uint8Array, length: number): Header => ({
  format: format.name,
  version: format.version,
  sha256: sha256(bytes),
  length,
});

async function writeSealed(file: string, headerLine: string, body: Uint8Array): Promise<void> {
  // the current version becomes the last good copy; a crash right here leaves only FILE.bak, which open restores
  await fs.rename(file, `${file}.bak`).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await writeFileAtomic(file, Buffer.concat([Buffer.from(headerLine), body]));
}

/** The file's header and the bytes after it, or what is wrong with the header. */
/** A problem with a file; `newer`: written by a later version of Attaché, which is not damage: its last good copy must not replace it. */
type Unsealed = { problem: string; newer?: boolean };

function unseal(file: Buffer, format: string, versions: readonly number[]): Unsealed | { header: Header; body: Buffer } {
  const newline = file.indexOf(10);
  if (newline < 0) return { problem: 'it is truncated (no header)' };
  let header: Partial<Header>;
  try {
    header = JSON.parse(file.toString('utf8', 0, newline)) as Partial<Header>;
  } catch {
    return { problem: 'its header is damaged' };
  }
  if (header.format !== format) return { problem: `it is not a ${format} file` };
  const latest = Math.max(...versions);
  if (typeof header.version === 'number' && header.version > latest)
    return {
      problem: `it was written by a newer Attaché (version ${header.version}; this one reads up to ${latest})`,
      newer: true,
    };
  if (!versions.includes(header.version!))
    return { problem: `it is version ${String(header.version)}; this Attaché reads version ${versions.join(' or ')}` };
  return { header: header as Header, body: file.subarray(newline + 1) };
}

// the checksum is of the bytes as they are, not of their decoded text (at 100,000 articles, hashing the
// catalog's text took 170 ms, its bytes 30)
const CHECKSUM_MISMATCH = { problem: 'its checksum does not match (the file was altered or damaged)' };

function unsealJson<T>(file: Buffer, format: SealedFormat<T>): Unsealed | { data: T } {
  const unsealed = unseal(file, format.name, [format.version, ...(format.older?.keys() ?? [])]);
  if ('problem' in unsealed) return unsealed;
  const { header, body } = unsealed;
  const check = header.version === format.version ? format.check : format.older!.get(header.version)!;
  const text = body.toString('utf8');
  if (text.length !== header.length) return { problem: `it is truncated (${text.length} of ${String(header.length)} characters)` };
  if (sha256(body) !== header.sha256) return CHECKSUM_MISMATCH;
  try {
    return { data: check(JSON.parse(text)) };
  } catch (error) {
    return { problem: `its contents are not valid (${(error as Error).message.slice(0, 200)})` };
  }
}

function unsealBinary<T>(file: Buffer, format: SealedBinaryFormat<T>): Unsealed | { data: T } {
  const unsealed = unseal(file, format.name, [format.version]);
  if ('problem' in unsealed) return unsealed;
  const { header, body } = unsealed;
  if (body.length !== header.length) return { problem: `it is truncated (${body.length} of ${String(header.length)} bytes)` };
  if (sha256(body) !== header.sha256) return CHECKSUM_MISMATCH;
  try {
    return { data: format.decode(body) };
  } catch (error) {
    return { problem: `its contents are not valid (${(error as Error).message.slice(0, 200)})` };
  }
}

async function readBytes(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads a sealed file; if it is damaged or missing but its last good copy is sound, puts that copy back
 * and says what was wrong. The format's check validates the data's shape and throws if it is wrong.
 */
export function readSealedJson<T>(file: string, format: SealedFormat<T>): Promise<SealedRead<T>> {
  return readSealed(file, (bytes) => unsealJson(bytes, format));
}

/** As readSealedJson, for a file of bytes. */
export function readSealedBinary<T>(file: string, format: SealedBinaryFormat<T>): Promise<SealedRead<T>> {
  return readSealed(file, (bytes) => unsealBinary(bytes, format));
}

async function readSealed<T>(file: string, open: (bytes: Buffer) => Unsealed | { data: T }): Promise<SealedRead<T>> {
  const attempt = (bytes: Buffer | undefined): Unsealed | { data: T } | undefined => (bytes ? open(bytes) : undefined);
  const main = attempt(await readBytes(file));
  if (main && 'data' in main) return { state: 'ok', data: main.data };
  // a later Attaché's file is left as it is (its last good copy may be of this version, and older)
  if (main?.newer) return { state: 'damaged', problem: main.problem };
  const backupBytes = await readBytes(`${file}.bak`);
  const backup = attempt(backupBytes);
  if (!main && !backup) return { state: 'missing' };
  const problem = main ? main.problem : 'it was missing (a save was interrupted)';
  if (backup && 'data' in backup) {
    await writeFileAtomic(file, backupBytes!);
    return { state: 'restored', data: backup.data, problem };
  }
  return { state: 'damaged', problem: backup ? `${problem}; its last good copy is damaged too (${backup.problem})` : problem };
}

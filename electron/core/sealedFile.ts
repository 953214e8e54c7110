// Files that must survive damage: the library catalog, the search index, briefings. Each starts with one
// line naming its format and version and giving the SHA-256 and length of the data after it, so a torn,
// truncated or altered file is detected at open. Each write keeps the previous version as FILE.bak, and
// a damaged file is replaced by that last good copy (the caller tells the user). A format carries the
// one check its reader applies, and a write applies it first, to the data as it will read back: what
// the reader would refuse is never written.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomicFile.js';

interface Header {
  format: string;
  version: number;
  sha256: string;
  length: number;
}

export type SealedRead<T> =
  { state: 'missing' } | { state: 'ok'; data: T } | { state: 'restored'; data: T; problem: string } | { state: 'damaged'; problem: string };

export class SealedFileError extends Error {}

/** A kind of sealed file: its name and version, and the check its data must pass (a schema's parse, which throws). */
export interface SealedFormat<T> {
  name: string;
  version: number;
  check(data: unknown): T;
}

export const sealedFormat = <T>(name: string, version: number, schema: { parse(data: unknown): T }): SealedFormat<T> => ({
  name,
  version,
  check: (data) => schema.parse(data),
});

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Writes `data` if it passes the format's check as it will be read back (JSON drops undefined, turns functions to null …). */
export async function writeSealedJson<T>(file: string, format: SealedFormat<T>, data: T): Promise<void> {
  const body = JSON.stringify(data);
  try {
    format.check(JSON.parse(body));
  } catch (error) {
    throw new SealedFileError(`Refused to write ${format.name} data that would not read back: ${(error as Error).message.slice(0, 300)}`);
  }
  const header: Header = { format: format.name, version: format.version, sha256: sha256(body), length: body.length };
  // the current version becomes the last good copy; a crash right here leaves only FILE.bak, which open restores
  await fs.rename(file, `${file}.bak`).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await writeFileAtomic(file, `${JSON.stringify(header)}\n${body}`);
}

/** What is wrong with the file's text, or its data. */
function unseal(text: string, format: string, version: number): { problem: string } | { data: unknown } {
  const newline = text.indexOf('\n');
  if (newline < 0) return { problem: 'it is truncated (no header)' };
  let header: Partial<Header>;
  try {
    header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
  } catch {
    return { problem: 'its header is damaged' };
  }
  if (header.format !== format) return { problem: `it is not a ${format} file` };
  if (header.version !== version) return { problem: `it is version ${String(header.version)}; this Attaché reads version ${version}` };
  const body = text.slice(newline + 1);
  if (body.length !== header.length) return { problem: `it is truncated (${body.length} of ${String(header.length)} characters)` };
  if (sha256(body) !== header.sha256) return { problem: 'its checksum does not match (the file was altered or damaged)' };
  return { data: JSON.parse(body) as unknown };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads a sealed file; if it is damaged or missing but its last good copy is sound, puts that copy back
 * and says what was wrong. The format's check validates the data's shape and throws if it is wrong.
 */
export async function readSealedJson<T>(file: string, format: SealedFormat<T>): Promise<SealedRead<T>> {
  const attempt = (text: string | undefined): { problem: string } | { data: T } | undefined => {
    if (text === undefined) return undefined;
    const unsealed = unseal(text, format.name, format.version);
    if ('problem' in unsealed) return unsealed;
    try {
      return { data: format.check(unsealed.data) };
    } catch (error) {
      return { problem: `its contents are not valid (${(error as Error).message.slice(0, 200)})` };
    }
  };
  const main = attempt(await readText(file));
  if (main && 'data' in main) return { state: 'ok', data: main.data };
  const backupText = await readText(`${file}.bak`);
  const backup = attempt(backupText);
  if (!main && !backup) return { state: 'missing' };
  const problem = main ? main.problem : 'it was missing (a save was interrupted)';
  if (backup && 'data' in backup) {
    await writeFileAtomic(file, backupText!);
    return { state: 'restored', data: backup.data, problem };
  }
  return { state: 'damaged', problem: backup ? `${problem}; its last good copy is damaged too (${backup.problem})` : problem };
}

// Every file Attaché owns is written here: temp file, fsync, rename, fsync the folder.
// A crash at any instant leaves either the previous version or the new one, never a torn file.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(value));
}

/** Reads a JSON file; a missing file is `undefined`, anything else unreadable is an error for the caller to report. */
export async function readJsonIfExists(file: string, mayHold?: (bytes: string) => boolean): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // a caller's quick test over the bytes read as Latin-1 (no decoding): a file failing it is not parsed
  if (mayHold && !mayHold(bytes.toString('latin1'))) return undefined;
  return JSON.parse(bytes.toString('utf8')) as unknown;
}

/** Temp files left by a write that was killed before its rename. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => name.startsWith('.') && name.endsWith('.tmp')).map((name) => fs.rm(path.join(dir, name), { force: true })),
  );
}

/**
 * Appends text to a file and syncs it before returning (and the folder, when the file is new): a crash
 * mid-append leaves at most a torn tail after what was there, which the file's reader must detect.
 */
export async function appendDurably(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'a');
  let created: boolean;
  try {
    created = (await handle.stat()).size === 0;
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncDirectory(path.dirname(file));
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; not supported on every platform (Windows), where rename is already atomic.
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows: nothing more can be done there.
  } finally {
    await handle?.close();
  }
}

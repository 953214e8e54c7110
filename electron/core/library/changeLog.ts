// An append-only log of changes beside a sealed file (the library catalog): each change is one line,
// "<checksum> <json>\n", synced before the append returns, so a change costs its own size on disk, not
// the whole file's. A line is checked with the same schema its reader applies before it is written. A
// kill mid-append leaves a torn last line, which the reader detects by its checksum and leaves out; a line
// damaged later ends what can be trusted, and the reader says so.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { appendDurably, writeFileAtomic } from '../atomicFile.js';

export class ChangeLogError extends Error {}

const checksum = (json: string): string => createHash('sha256').update(json).digest('hex').slice(0, 16);

export interface LogRead<T> {
  changes: T[];
  /** Bytes of the file that hold whole, sound lines: where the next line is appended (the rest is cut). */
  soundBytes: number;
  /** Why reading stopped before the end of the file, if it did; `torn` when only the last line was cut short by a kill. */
  stopped?: { problem: string; torn: boolean; linesLost: number };
}

/** The lines of a log from byte `from` on, each checked; stops at the first that is not sound. */
export async function readChangeLog<T>(file: string, check: (value: unknown) => T, from = 0): Promise<LogRead<T>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { changes: [], soundBytes: 0 };
    throw error;
  }
  const changes: T[] = [];
  let at = from;
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    const problem = end < 0 ? 'its last change was cut short' : lineProblem(bytes.toString('utf8', at, end), check, changes);
    if (problem) {
      const rest = bytes.toString('utf8', at).split('\n').filter(Boolean).length;
      return { changes, soundBytes: at, stopped: { problem, torn: end < 0, linesLost: rest } };
    }
    at = end + 1;
  }
  return { changes, soundBytes: at };
}

function lineProblem<T>(line: string, check: (value: unknown) => T, into: T[]): string | undefined {
  const space = line.indexOf(' ');
  const json = line.slice(space + 1);
  if (space !== 16 || checksum(json) !== line.slice(0, space)) return 'a change does not match its checksum';
  try {
    into.push(check(JSON.parse(json)));
    return undefined;
  } catch (error) {
    return `a change is not valid (${(error as Error).message.slice(0, 200)})`;
  }
}

/** Appends one change, if it passes the reader's check as it will read back; returns the bytes written. */
export async function appendChange<T>(file: string, check: (value: unknown) => T, change: T): Promise<number> {
  const json = JSON.stringify(change);
  try {
    check(JSON.parse(json));
  } catch (error) {
    throw new ChangeLogError(`Refused to write a change that would not read back: ${(error as Error).message.slice(0, 300)}`);
  }
  const line = `${checksum(json)} ${json}\n`;
  await appendDurably(file, line);
  return Buffer.byteLength(line);
}

/** Cuts a log back to its sound part (a torn or damaged tail), so that the next line follows a whole one. */
export async function cutChangeLog(file: string, soundBytes: number): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.truncate(soundBytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Empties the log, once what it held is in the sealed file it builds on. */
export async function clearChangeLog(file: string): Promise<void> {
  await writeFileAtomic(file, '');
}

// The files of a folder tree, for import. Symbolic links are followed once; loops, broken links and
// unreadable folders are reported rather than followed or ignored.
import type { Dirent } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface Walked {
  files: string[];
  problems: { path: string; reason: string }[];
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

export async function walkFolder(root: string): Promise<Walked> {
  const result: Walked = { files: [], problems: [] };
  const seenDirs = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      const real = await fs.realpath(dir);
      if (seenDirs.has(real)) {
        result.problems.push({ path: dir, reason: 'folder already visited (symbolic link loop)' });
        return;
      }
      seenDirs.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      result.problems.push({ path: dir, reason: `unreadable folder: ${errorCode(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let kind: 'file' | 'dir' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => undefined);
        if (!target) {
          result.problems.push({ path: full, reason: 'broken symbolic link' });
          continue;
        }
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
      }
      if (kind === 'dir') await walk(full);
      else if (kind === 'file') result.files.push(full);
      else result.problems.push({ path: full, reason: 'not a regular file' });
    }
  };
  await walk(root);
  return result;
}

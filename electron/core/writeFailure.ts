// What a failed write means to the user, for every file Attaché writes (exports, briefings).
import path from 'node:path';

/** What a failed write means to the user; the file that was there is untouched (the write is atomic). */
export function writeFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const name = path.basename(file);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Cannot write “${name}”: the file or its folder is read-only, or you lack permission. Choose another place.`;
    case 'EBUSY':
      return `Cannot write “${name}”: it is open in another program (Word?). Close it and export again.`;
    case 'ENOSPC':
      return `Cannot write “${name}”: the disk is full.`;
    case 'ENOENT':
      return `Cannot write “${name}”: its folder does not exist.`;
    default:
      return `Cannot write “${name}”: ${code ?? String(error)}.`;
  }
}

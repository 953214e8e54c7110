// Vitest's global setup: a run's temporary files (libraries, exports, browser profiles, the children's
// files) all go under one directory of its own, removed when the run ends — a run used to leave its
// hundreds of directories in the system's temporary folder. ATTACHE_KEEP_TEMP=1 keeps them to look at.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'attache-tests-'));
  // os.tmpdir() reads TMPDIR (TEMP and TMP on Windows) on every call, here and in the workers and children started after this
  process.env.TMPDIR = root;
  process.env.TEMP = process.env.TMP = root; // Windows reads these
  return async () => {
    if (process.env.ATTACHE_KEEP_TEMP) console.log(`temporary files kept in ${root}`);
    else await rm(root, { recursive: true, force: true });
  };
}

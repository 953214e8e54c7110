// The library worker as tests run it: the TypeScript entry point loaded through tsx, as the command line runs it.
import path from 'node:path';
import type { WorkerScript } from '../../electron/core/jobs/libraryJobs';
import { PROJECT_DIR } from './paths';

export const LIBRARY_WORKER: WorkerScript = { script: path.join(PROJECT_DIR, 'bin', 'libraryWorker.mjs') };

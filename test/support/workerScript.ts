// The import worker as tests run it: the TypeScript entry point, loaded through tsx.
import path from 'node:path';
import type { WorkerScript } from '../../electron/core/library/importRunner';
import { PROJECT_DIR } from './paths';

export const IMPORT_WORKER: WorkerScript = { script: path.join(PROJECT_DIR, 'test', 'support', 'importWorker.mjs') };

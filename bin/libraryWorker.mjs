// The library worker as the `attache` command runs it: the TypeScript entry point loaded through tsx, as
// bin/attache.mjs loads the command line (the app runs the bundled dist/main/libraryWorker.cjs instead).
import { register } from 'tsx/esm/api';

register();
await import('../electron/core/jobs/libraryWorker.ts');

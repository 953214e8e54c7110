// TEST-ONLY: starts the TypeScript library worker through tsx (the app runs the bundled .cjs instead).
import { register } from 'tsx/esm/api';

register();
await import('../../electron/core/jobs/libraryWorker.ts');

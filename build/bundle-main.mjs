// Bundles the Electron main process and the preload into dist/ with esbuild (electron stays external).
import { build } from 'esbuild';
import { copyGermanNouns, copyRussianDictionary, nodeBundle } from './bundle-options.mjs';

await build({ ...nodeBundle, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs' });
await build({ ...nodeBundle, entryPoints: ['electron/core/jobs/libraryWorker.ts'], outfile: 'dist/main/libraryWorker.cjs' });
await build({ ...nodeBundle, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs' });
await copyRussianDictionary('dist/main');
await copyGermanNouns('dist/main');

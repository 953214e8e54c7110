import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

/** index.html carries the app's one CSP as a meta tag too (for scanners and for any other way of loading it): it must not drift. */
function contentSecurityPolicyMeta(): Plugin {
  // frame-ancestors is ignored in a <meta> policy; the app protocol sends it as a header
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'attache-csp-meta',
    transformIndexHtml: (html) => {
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
      if (meta !== policy)
        throw new Error(`renderer/index.html's Content-Security-Policy differs from electron/main/security.ts:\n  ${meta}\n  ${policy}`);
      return html;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // no inline <script> or modulepreload polyfill: the CSP allows only the app's own files
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});

// The app's network and content policy, kept free of Electron so it is tested in Node and reused by the
// test server that plays the app in Chromium. The window loads only app://attache/; nothing else is fetched.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://attache`;

/** Only the app's own files; no inline script, no remote anything, no plugins, no framing, no form posts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Every request the window's session makes passes here; anything but the app's own files is cancelled. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://');
}

/** An IPC call is accepted only from a frame showing the app itself. */
export function isAppFrame(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(`${APP_ORIGIN}/`) && !url.startsWith(`${APP_ORIGIN}/print/`);
}

/** Maps app://attache/<path> to a file under `root`, or undefined for anything that escapes it. */
export function resolveAppFile(root: string, url: string): string | undefined {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return undefined;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

const CONTENT_TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.json', 'application/json'],
]);

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES.get(path.extname(file).toLowerCase()) ?? 'application/octet-stream';
}

/**
 * The printed briefing is shown to Chromium's printer in a hidden window at app://attache/print/<id>,
 * served from memory: a document that runs no script and loads nothing but its own inline styles.
 */
export const PRINT_PATH = '/print/';
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The id of a print document's URL, or undefined for any other URL. */
export function printDocumentId(url: string): string | undefined {
  const prefix = `${APP_ORIGIN}${PRINT_PATH}`;
  if (!url.startsWith(prefix)) return undefined;
  const id = url.slice(prefix.length);
  return /^[0-9a-f-]{36}$/.test(id) ? id : undefined;
}

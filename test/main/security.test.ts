import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calls } from '../../electron/contract';
import {
  contentTypeOf,
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isAppFrame,
  printDocumentId,
  resolveAppFile,
} from '../../electron/main/security';

describe('network policy', () => {
  it('allows only the app’s own files', () => {
    expect(isAllowedRequest('app://attache/index.html')).toBe(true);
    expect(isAllowedRequest('app://attache/assets/index.js')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'ws://localhost/',
      'app://attache.evil/',
      'app://other/x',
    ]) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });

  it('has a CSP that allows no remote origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('accepts IPC only from the app frame', () => {
    expect(isAppFrame('app://attache/index.html')).toBe(true);
    expect(isAppFrame('https://attache/index.html')).toBe(false);
    expect(isAppFrame(undefined)).toBe(false);
  });
});

describe('app protocol', () => {
  const root = path.resolve('/opt/attache/renderer');
  it('serves files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://attache/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://attache/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });
  it('refuses paths that escape it', () => {
    expect(resolveAppFile(root, 'app://attache/..%2F..%2Fetc%2Fpasswd')).toBeUndefined();
    // dot segments are resolved by the URL parser, so they cannot climb above the root either
    expect(resolveAppFile(root, 'app://attache/%2e%2e/%2e%2e/secret')).toBe(path.join(root, 'secret'));
    expect(resolveAppFile(root, 'app://other/index.html')).toBeUndefined();
  });
  it('serves print documents only by their id, and types files by their real extension', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(printDocumentId(`app://attache/print/${id}`)).toBe(id);
    expect(printDocumentId(`app://attache/print/${id}/../index.html`)).toBeUndefined();
    expect(printDocumentId(`app://other/print/${id}`)).toBeUndefined();
    expect(printDocumentId('app://attache/print/constructor')).toBeUndefined();
    expect(contentTypeOf('pdf.worker.min.mjs')).toBe('text/javascript; charset=utf-8');
    // an extension that is a name on Object.prototype is not a known type
    expect(contentTypeOf('file.constructor')).toBe('application/octet-stream');
  });
});

describe('IPC argument schemas', () => {
  it('accept well-formed calls', () => {
    expect(calls.search.args.safeParse(['Cuba', { limit: 10 }]).success).toBe(true);
    expect(calls.getArticle.args.safeParse(['0123456789abcdef']).success).toBe(true);
    expect(calls.recentBriefings.args.safeParse([]).success).toBe(true);
  });
  it('reject wrong types, extra fields, huge strings and path-like ids', () => {
    expect(calls.search.args.safeParse([42]).success).toBe(false);
    expect(calls.search.args.safeParse(['x'.repeat(5001)]).success).toBe(false);
    expect(calls.search.args.safeParse(['Cuba', { limit: 10, evil: true }]).success).toBe(false);
    expect(calls.getArticle.args.safeParse(['../../etc/passwd']).success).toBe(false);
    expect(calls.getArticle.args.safeParse(['/etc/passwd']).success).toBe(false);
    expect(calls.recentBriefings.args.safeParse(['extra']).success).toBe(false);
    expect(calls.exportBriefing.args.safeParse([{ title: 'x', marking: '', summary: '', items: 'nope' }]).success).toBe(false);
  });
});

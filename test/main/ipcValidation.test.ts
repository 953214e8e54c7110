// Every IPC call, sent malformed and hostile arguments: each gets a clean error, none reaches the core.
import { describe, expect, it } from 'vitest';
import { callNames } from '../../electron/contract';
import { emptyBriefing } from '../../electron/core/briefing/model/briefing';
import { validateCall } from '../../electron/main/ipcValidation';

const APP = 'app://attache/index.html';
const huge = 'x'.repeat(10_000_000);
const hostile: unknown[] = [
  undefined,
  null,
  42,
  -1,
  Number.NaN,
  true,
  huge,
  '../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\system32',
  '0123456789abcdef/../../x',
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  [],
  [[[[[]]]]],
  { limit: 1e9 },
  () => 1,
  Symbol('s'),
  BigInt(1),
];

const valid: Record<string, unknown[]> = {
  search: ['Cuba', { limit: 10 }],
  getArticle: ['0123456789abcdef'],
  moreLikeThis: ['0123456789abcdef'],
  matchesIn: ['0123456789abcdef', 'Лаврову', { crossScript: false }],
  searchInsights: ['Azerbaijan', { filters: { languages: ['en'] } }],
  articleInsights: ['0123456789abcdef'],
  importFolder: [],
  prepareImport: [],
  importDroppedFolder: ['/home/user/Articles'],
  cancelImport: [],
  exportBriefing: [emptyBriefing()],
  previewBriefing: [emptyBriefing()],
  exportBriefingPdf: [emptyBriefing()],
  printBriefing: [emptyBriefing()],
  saveBriefing: [emptyBriefing(), false],
  openBriefing: [],
  newBriefing: [],
  recentBriefings: [],
  openRecentBriefing: [0],
  autosaveBriefing: [emptyBriefing()],
  recoverBriefing: [],
  discardRecovery: [],
  pressDigest: [emptyBriefing(), 'Cuba', { filters: { countries: ['Cuba'] } }],
  checkCitations: [[{ articleId: '0123456789abcdef', hash: 'ab12', path: '/home/user/Articles/a.txt' }]],
  closeWindow: [],
};

describe('IPC validation', () => {
  it('has a well-formed example for every call, and accepts it from the app frame', () => {
    expect(Object.keys(valid).sort()).toEqual([...callNames].sort());
    for (const name of callNames) expect(validateCall(name, APP, valid[name]!), name).toMatchObject({ ok: true });
  });

  it.each(callNames)('%s: refuses calls from any other frame', (name) => {
    for (const url of [
      undefined,
      '',
      'https://attache-e2e.invalid/',
      'file:///etc/passwd',
      'app://attache.evil/',
      'devtools://devtools/',
    ]) {
      expect(validateCall(name, url, valid[name]!)).toEqual({ ok: false, message: `${name}: refused, not called from the app` });
    }
  });

  it.each(callNames)('%s: refuses wrong types, huge strings, paths and extra arguments with a message', (name) => {
    const attempts = [...hostile.map((value) => [value]), [...valid[name]!, 'extra'], hostile];
    for (const args of attempts) {
      const result = validateCall(name, APP, args);
      if (result.ok) {
        // a short string is a fine query (never used as a path), a small whole number a
        // place in the recent list; nothing else gets through
        expect(args.length).toBe(1);
        if (name === 'openRecentBriefing')
          expect(Number.isInteger(args[0]) && (args[0] as number) >= 0 && (args[0] as number) <= 100).toBe(true);
        else {
          expect(['search', 'searchInsights', 'importDroppedFolder']).toContain(name);
          expect(typeof args[0] === 'string' && args[0].length <= 5000).toBe(true);
        }
        continue;
      }
      expect(result.message.startsWith(`${name}: invalid arguments`), result.message).toBe(true);
      expect(result.message.length).toBeLessThan(300);
    }
  });

  it('refuses unknown calls', () => {
    expect(validateCall('__proto__', APP, [])).toEqual({ ok: false, message: 'no such call: __proto__' });
    expect(validateCall('readFile', APP, ['/etc/passwd'])).toEqual({ ok: false, message: 'no such call: readFile' });
  });

  it('refuses path-like article ids and over-long briefings', () => {
    for (const id of ['../../catalog', '0123456789abcdeg', '0123456789ABCDEF', '0123456789abcdef0', 'articles/0123456789abcdef']) {
      expect(validateCall('getArticle', APP, [id])).toMatchObject({ ok: false });
    }
    const tooLong = { ...emptyBriefing(), title: 'x'.repeat(501) };
    expect(validateCall('exportBriefing', APP, [tooLong])).toMatchObject({ ok: false, message: expect.stringContaining('title') });
    expect(validateCall('search', APP, ['x'.repeat(5001)])).toMatchObject({ ok: false });
  });
});

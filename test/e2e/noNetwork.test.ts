// A whole session — import, search, read, build a briefing, export — with every request recorded:
// the page's (Chromium's request events) and the core's (any socket, DNS lookup, http(s) or fetch
// call in this process, where the core runs behind the test bridge). None may leave the machine.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { CORPORA_DIR, PROJECT_DIR } from '../support/paths';

const attempts: string[] = [];
const restore: (() => void)[] = [];

function record<T extends object, K extends keyof T>(target: T, key: K, describe: (...args: unknown[]) => string): void {
  const original = target[key] as unknown as (...args: unknown[]) => unknown;
  (target[key] as unknown) = function (this: unknown, ...args: unknown[]) {
    attempts.push(describe(...args));
    return original.apply(this, args);
  };
  restore.push(() => ((target[key] as unknown) = original));
}

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ inProcessImport: true });
  record(net.Socket.prototype, 'connect', (...args) => `socket ${JSON.stringify(args[0]).slice(0, 80)}`);
  record(dns, 'lookup', (host) => `dns ${String(host)}`);
  record(http, 'request', (target) => `http ${String(target)}`);
  record(https, 'request', (target) => `https ${String(target)}`);
  record(globalThis, 'fetch', (target) => `fetch ${String(target)}`);
});

afterAll(async () => {
  for (const undo of restore) undo();
  await app?.close();
});

describe('a full session', () => {
  it('sends nothing off the machine: the page only talks to the app, the core to no one', async () => {
    const page = await app.openPage();
    const pageRequests: string[] = [];
    page.on('request', (request) => pageRequests.push(request.url()));

    app.server.importFolderChoice = path.join(PROJECT_DIR, 'test', 'fixtures', 'formats');
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    app.server.importFolderChoice = path.join(CORPORA_DIR, 'bbc', 'tech');
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await page.getByRole('dialog').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Azerbaijan transport');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    for (const index of [0, 1]) {
      await results.nth(index).click();
      await page.getByRole('button', { name: 'Add to briefing' }).click();
    }
    await page.getByRole('button', { name: 'Export .docx' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Exported to /);

    const elsewhere = pageRequests.filter((url) => !url.startsWith(app.server.url));
    console.log(`no network: ${pageRequests.length} page requests, all to the app; ${attempts.length} outbound attempts by the core`);
    expect(pageRequests.length).toBeGreaterThan(10);
    expect(elsewhere).toEqual([]);
    expect(app.outside).toEqual([]);
    expect(attempts).toEqual([]);
    await page.close();
  });

  it('the recorder does see a connection when one is made (to the app server, on loopback)', async () => {
    const port = Number(new URL(app.server.url).port);
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve();
      });
    });
    expect(attempts.some((attempt) => attempt.startsWith('socket'))).toBe(true);
    attempts.length = 0;
  });
});

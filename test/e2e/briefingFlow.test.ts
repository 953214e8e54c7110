// End to end in real Chromium: the built renderer, the real core behind the test bridge.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxCheck } from '../support/docxCheck';
import { startE2eApp, type E2eApp } from '../support/e2eApp';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

const openApp = (): Promise<Page> => app.openPage();

describe('the briefing flow in Chromium', () => {
  it('searches, adds two articles, reorders them, exports, and the .docx has them in that order', async () => {
    const page = await openApp();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Cuba');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect.poll(() => results.count()).toBe(2);
    expect(await page.getByRole('list', { name: 'Search results' }).locator('mark').count()).toBeGreaterThan(1);

    const titles: string[] = [];
    for (const index of [0, 1]) {
      await results.nth(index).click();
      const heading = page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 });
      await expect.poll(() => heading.textContent()).toBe(await results.nth(index).locator('.result-title').textContent());
      titles.push((await heading.textContent())!);
      await page.getByRole('button', { name: 'Add to briefing' }).click();
    }
    const items = page.getByRole('list', { name: 'Items of “Articles”' }).locator('.item-title');
    expect(await items.allTextContents()).toEqual(titles);

    await page.getByRole('button', { name: `Move “${titles[1]}” up` }).click();
    expect(await items.allTextContents()).toEqual([titles[1], titles[0]]);

    await page.getByLabel('Title', { exact: true }).fill('Cuba: recent contacts');
    await page.getByLabel('Handling marking').fill('RESTRICTED');
    await page.getByRole('button', { name: 'Export .docx' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Exported to /);

    const file = path.join(app.exportDir, 'Cuba recent contacts.docx');
    expect(await status.textContent()).toBe(`Exported to ${file}`);
    const summary = await docxCheck(file);
    expect(summary.headings.filter((heading) => heading.style === 'Heading 2').map((heading) => heading.text)).toEqual([
      titles[1],
      titles[0],
    ]);
    expect(summary.header_texts.join()).toContain('RESTRICTED');
    await page.close();
  });

  it('shows a clear message for a malformed query', async () => {
    const page = await openApp();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('title:');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Nothing follows “title:”/);
    await page.close();
  });

  it('blocks every request from the page to an outside address', async () => {
    const page = await openApp();
    const before = app.outside.length;
    const attempts = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      const outcome = async (attempt: () => Promise<unknown>) =>
        attempt().then(
          () => 'loaded',
          (error: unknown) => `blocked: ${String(error)}`,
        );
      // .invalid never resolves (RFC 2606), so even a failed block could not reach a real host
      const results = {
        fetch: await outcome(() => fetch('https://attache-e2e.invalid/x')),
        image: await outcome(
          () =>
            new Promise((resolve, reject) => {
              const image = new Image();
              image.onload = resolve;
              image.onerror = () => reject(new Error('image error'));
              image.src = 'http://attache-e2e.invalid/pixel.png';
            }),
        ),
        script: await outcome(
          () =>
            new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.onload = resolve;
              script.onerror = () => reject(new Error('script error'));
              script.src = 'https://attache-e2e.invalid/x.js';
              document.body.append(script);
            }),
        ),
        websocket: await outcome(
          () =>
            new Promise((resolve, reject) => {
              try {
                const socket = new WebSocket('wss://attache-e2e.invalid/');
                socket.onopen = resolve;
                socket.onerror = () => reject(new Error('websocket error'));
              } catch (error) {
                reject(error as Error);
              }
            }),
        ),
      };
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { results, violations };
    });
    for (const result of Object.values(attempts.results)) expect(result).toMatch(/^blocked/);
    // the page's own Content-Security-Policy stopped each one before any request was made
    expect(attempts.violations.length).toBeGreaterThanOrEqual(4);
    expect(attempts.violations.every((violation) => violation.includes('attache-e2e.invalid'))).toBe(true);
    expect(app.outside.slice(before)).toEqual([]);
    await page.close();
  });
});

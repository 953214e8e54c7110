// A 100,000-result list in real Chromium: only the rows on screen exist, only the pages in view are
// fetched, and the last row is one scroll away. The core answers the query for real (over the samples);
// the page's route then stretches that answer to 100,000 results, serving each page the list asks for
// from the real hits with their rank in the title (a 100,000-article library is bench/search's job).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchResponse } from '../../electron/contract';
import { startE2eApp, type E2eApp } from '../support/e2eApp';

const TOTAL = 100_000;
let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/** Serves every search as 100,000 results; returns the offsets of the pages asked for. */
async function stretchResults(page: Page): Promise<number[]> {
  const offsets: number[] = [];
  await page.route('**/rpc/search', async (route) => {
    const [query, options] = route.request().postDataJSON() as [string, { offset: number; limit: number }];
    offsets.push(options.offset);
    // the real answer's first page, whatever page was asked for
    const real = (await (await route.fetch({ postData: JSON.stringify([query, { ...options, offset: 0 }]) })).json()) as {
      result: SearchResponse;
    };
    if (!real.result.ok || real.result.hits.length === 0) return route.fulfill({ json: real });
    const { hits } = real.result;
    const stretched: SearchHit[] = Array.from({ length: Math.max(0, Math.min(options.limit, TOTAL - options.offset)) }, (_, at) => {
      const hit = hits[(options.offset + at) % hits.length]!;
      return { ...hit, title: `#${options.offset + at + 1} ${hit.title}` };
    });
    await route.fulfill({ json: { result: { ...real.result, total: TOTAL, hits: stretched } } });
  });
  return offsets;
}

describe('a result list of 100,000 articles', () => {
  it('keeps only the rows in view, fetches only the pages in view, and scrolls to the last one', async () => {
    const page = await app.openPage({ width: 1280, height: 800 });
    const offsets = await stretchResults(page);
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Belarus');
    const list = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => list.locator('.result-title').first().textContent()).toMatch(/^#1 /);
    const rows = list.locator('li');
    expect(await rows.count()).toBeLessThan(40);
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(TOTAL));

    // scroll by wheel through a few hundred rows, watching the frames the page paints meanwhile
    await page.evaluate(() => {
      const frames: number[] = [];
      (window as unknown as { frames_: number[] }).frames_ = frames;
      let last = performance.now();
      const tick = (now: number) => {
        frames.push(now - last);
        last = now;
        if (frames.length < 100_000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const scroller = page.locator('.results-scroller');
    await scroller.hover();
    for (let step = 0; step < 60; step++) await page.mouse.wheel(0, 600);
    await expect.poll(() => list.locator('.result-title').first().textContent()).not.toMatch(/^#1 /);
    const frames = (await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_)).slice(5).sort((a, b) => a - b);
    const interval = (share: number) => `${(frames[Math.floor(frames.length * share)] ?? NaN).toFixed(0)} ms`;
    console.log(
      `100,000 rows: ${await rows.count()} in the page while wheel-scrolling; frame interval p50 ${interval(0.5)}, ` +
        `p95 ${interval(0.95)} over ${frames.length} frames (headless, software rendering)`,
    );
    expect(await rows.count()).toBeLessThan(40);

    // to the very end in one jump: the last page is fetched, not the thousand before it
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => list.locator('.result-title').last().textContent()).toMatch(new RegExp(`^#${TOTAL} `));
    expect(await rows.count()).toBeLessThan(40);
    expect(await rows.last().getAttribute('aria-posinset')).toBe(String(TOTAL));
    expect(offsets.length).toBeLessThan(15);
    expect(offsets).toContain(TOTAL - 100);
    await page.close();
  });
});

// TEST-ONLY: what end-to-end tests do in the window again and again: search, open a result, read the briefing panel.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the library' }).fill(query);
  await expect.poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('button').count()).toBeGreaterThan(0);
}

export async function openResult(page: Page, index: number): Promise<string> {
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('button').nth(index);
  const title = (await result.locator('.result-title').textContent())!;
  await result.click();
  await expect.poll(() => page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 }).textContent()).toBe(title);
  return title;
}

/**
 * Searches, waits until the list shows this query's `total` results (not the whole library it showed
 * before), then opens each result of `order` and adds it to the briefing. Returns their titles.
 */
export async function addResultsToBriefing(page: Page, query: string, total: number, order: number[]): Promise<string[]> {
  await search(page, query);
  await expect.poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('button').count()).toBe(total);
  const titles: string[] = [];
  for (const index of order) {
    titles.push(await openResult(page, index));
    await page.getByRole('button', { name: 'Add to briefing' }).click();
  }
  return titles;
}

/** The briefing as the panel shows it: section headings, then each item's kind, title, excerpt and note. */
export async function panelSnapshot(page: Page): Promise<string> {
  return page.getByRole('region', { name: 'Briefing', exact: true }).evaluate((panel) => {
    const title = (panel.querySelector('input') as HTMLInputElement).value;
    const sections = [...panel.querySelectorAll('fieldset.section')].map((section) => {
      const heading = (section.querySelector('.section-head input') as HTMLInputElement).value;
      const items = [...section.querySelectorAll('.briefing-items li')].map((item) => item.textContent!.replace(/[↑↓✕]/g, '').trim());
      return `${heading}: ${items.join(' | ')}`;
    });
    return [title, ...sections].join('\n');
  });
}

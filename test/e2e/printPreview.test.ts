// End to end in Chromium over the real core: a saved twelve-article briefing of real articles, opened in
// the window, previewed on A4 and then on US Letter. The preview shows the printed pages — the marking at
// the top and bottom of each, "Page X of Y" — and Export PDF… writes a PDF with exactly those pages;
// Print… sends the same document to the printer.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { tempDir } from '../support/paths';
import { importTwelveArticles, MARKING, pdfFacts, twelveArticleBriefing } from '../support/printedBriefing';

let app: E2eApp;
let page: Page;
/** What the page logged as errors (a blocked worker, font or style would be a CSP violation here). */
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await startE2eApp({ inProcessImport: true });
  const briefing = twelveArticleBriefing(await importTwelveArticles(app.service), 'A4');
  app.server.briefingFileChoice = path.join(await tempDir('printed'), 'digest.attache');
  const saved = await app.service.saveBriefing(briefing, true);
  if (!saved.ok) throw new Error(saved.message);
  page = await app.openPage({ width: 1280, height: 900 });
  page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('textbox', { name: 'Title' }).and(page.locator('[value^="Weekly political digest"]')).waitFor();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const preview = () => page.getByRole('dialog', { name: 'Print preview' });

/** The preview's pages: each one's accessible name and its text (top to bottom). */
async function previewPages(): Promise<{ name: string; text: string }[]> {
  await expect.poll(() => preview().getByRole('figure').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return preview()
    .getByRole('figure')
    .evaluateAll((figures) => figures.map((figure) => ({ name: figure.getAttribute('aria-label') ?? '', text: figure.textContent ?? '' })));
}

describe.each([
  ['A4', 'A4', /\(A4\)/],
  ['US Letter', 'Letter', /\(letter\)/],
] as const)('the print preview on %s', (label, pageSize, paperName) => {
  it('shows every printed page with its marking and number, and Export PDF… writes exactly those pages', async () => {
    const settings = page.locator('details.settings');
    if (!(await settings.evaluate((details) => (details as HTMLDetailsElement).open))) await settings.locator('summary').click();
    await page.getByLabel('Page size').selectOption({ label });
    await page.getByRole('button', { name: 'Preview' }).click();
    const pages = await previewPages();
    expect(
      await preview()
        .getByText(new RegExp(`${pages.length} pages, ${pageSize}, normal margins`))
        .count(),
    ).toBe(1);
    pages.forEach(({ name, text }, at) => {
      expect(name).toBe(`Page ${at + 1} of ${pages.length}`);
      expect(text.startsWith(MARKING), `top of page ${at + 1}`).toBe(true);
      const bottom = at === 0 ? MARKING : `${MARKING}\nPage ${at + 1} of ${pages.length}`;
      expect(text.endsWith(bottom), `bottom of page ${at + 1}: …${text.slice(-40)}`).toBe(true);
    });

    await preview().getByRole('button', { name: 'Export PDF…' }).click();
    const file = path.join(app.exportDir, 'Weekly political digest the United Kingdom and Russia as their own press sees them.pdf');
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 }).toBe(`Exported to ${file}`);
    const pdf = await pdfFacts(file);
    expect(pdf.pageSize).toMatch(paperName);
    expect(pdf.pages).toBe(pages.length);

    await preview().getByRole('button', { name: 'Print…' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Sent to the printer.');
    expect(app.server.printed.at(-1)).toContain(`size: ${pageSize === 'A4' ? '595.3pt 841.9pt' : '612pt 792pt'}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => preview().count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(app.outside).toEqual([]);
  });
});

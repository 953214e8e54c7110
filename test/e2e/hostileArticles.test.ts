// Article text and titles are only ever rendered as text: imported files full of script, event
// handlers and javascript: links run nothing in the window.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { PROJECT_DIR } from '../support/paths';
import { importOrThrow } from '../support/imports';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
  await importOrThrow(app.service, path.join(PROJECT_DIR, 'test', 'fixtures', 'hostile'));
});

afterAll(async () => {
  await app?.close();
});

describe('hostile articles', () => {
  it('show their markup as text, in results, reader and briefing, and run none of it', async () => {
    const page = await app.openPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('pwned');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect.poll(() => results.count()).toBe(2);
    for (const index of [0, 1]) {
      await results.nth(index).click();
      await page.getByRole('button', { name: 'Add to briefing' }).click();
      const reader = page.getByRole('region', { name: 'Reader' });
      await reader.hover();
      await page.mouse.move(500, 400);
      expect(await reader.locator('script, img, iframe, a[href^="javascript:"], [onerror], [onmouseover]').count()).toBe(0);
    }
    const readerText = await page.getByRole('region', { name: 'Reader' }).textContent();
    expect(readerText).toMatch(/pwned/i);
    const textArticle = app.service.listArticles().find((meta) => meta.path.endsWith('script-in-text.txt'))!;
    // the .txt keeps its markup as words, shown literally
    expect(textArticle.title).toContain('<script>');
    await page
      .getByRole('button', { name: textArticle.title.slice(0, 20), exact: false })
      .first()
      .click();
    expect(await page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 }).textContent()).toBe(textArticle.title);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __attachePwned?: string }).__attachePwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // the saved page's own script and handlers were never part of the article
    const htmlArticle = app.service.listArticles().find((meta) => meta.path.endsWith('script-in-page.html'))!;
    const body = (await app.service.getArticle(htmlArticle.id))!.body;
    expect(body).not.toMatch(/<script|onerror|javascript:/);
    await page.close();
  });
});

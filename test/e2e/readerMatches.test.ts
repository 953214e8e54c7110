// End to end in Chromium: a Russian name asked in one case, the article read with every form of it marked
// (real ng-ru copy), stepped through with the keys, and an excerpt taken across a marked word.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { importOrThrow } from '../support/imports';
import { CORPORA_DIR, tempDir } from '../support/paths';

// the shortest ng-ru article naming Лавров in three forms (Лавров, Лаврова, Лавровым)
const ARTICLE = path.join(CORPORA_DIR, 'ng-ru', '1075.txt');
const TITLE = 'Париж предлагает взять под контроль "режим тишины" в Сирии';
let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({ inProcessImport: true });
  const folder = path.join(await tempDir('e2e-matches'), 'ng');
  await mkdir(folder);
  await copyFile(ARTICLE, path.join(folder, '1075.txt'));
  await importOrThrow(app.service, folder);
});

afterAll(async () => {
  await app?.close();
});

describe('matches in the reader', () => {
  it('marks every form of Лаврову, steps through them with F3 and Enter, and takes an excerpt across a mark', async () => {
    const page = await app.openPage();
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    await box.fill('Лаврову');
    await page.getByRole('button', { name: new RegExp(TITLE.slice(0, 30)) }).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    const marks = reader.locator('.article-body mark');
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(3);
    const count = await marks.count();
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['Лавров', 'Лаврова', 'Лавровым']));
    const position = reader.getByRole('group', { name: 'Matches' });
    expect(await position.textContent()).toContain(`1 of ${count}`);
    expect(await reader.locator('mark.current').textContent()).toBe(await marks.first().textContent());

    await page.keyboard.press('F3');
    expect(await position.textContent()).toContain(`2 of ${count}`);
    await page.keyboard.press('Shift+F3');
    expect(await position.textContent()).toContain(`1 of ${count}`);
    // Enter in the search box steps on once the result is open; Shift+Enter back
    await box.focus();
    await page.keyboard.press('Enter');
    expect(await position.textContent()).toContain(`2 of ${count}`);
    await page.keyboard.press('Shift+Enter');
    expect(await position.textContent()).toContain(`1 of ${count}`);
    // the current mark is scrolled into view
    expect(await reader.locator('mark.current').isVisible()).toBe(true);

    // an excerpt from a few words before the first mark to a few after it
    const selected = await page.evaluate(() => {
      const mark = document.querySelector('.article-body mark')!;
      const range = document.createRange();
      const before = mark.previousSibling!;
      const after = mark.nextSibling!;
      range.setStart(before, Math.max(0, before.textContent!.length - 20));
      range.setEnd(after, Math.min(after.textContent!.length, 20));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selected).toMatch(/Лавров/);
    await page.getByRole('button', { name: 'Add excerpt' }).click();
    await expect.poll(() => page.locator('.briefing').textContent()).toContain(selected.replace(/\s+/g, ' ').trim());

    // the title's words are marked too, in the form it writes them
    await box.fill('Сирия');
    await expect.poll(() => reader.locator('h2 mark').allTextContents()).toEqual(['Сирии']);
    expect(app.outside).toEqual([]);
    await page.close();
  });
});

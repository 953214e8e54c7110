// End to end in Chromium: composing a briefing, saving it as a file, reopening it after a reload, and
// getting it back from the recovery copy after the page dies mid-edit.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { openResult, panelSnapshot, search } from '../support/e2ePage';
import { tempDir } from '../support/paths';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/**
 * Selects the first `length` characters of the article's second paragraph, as a reader would with the
 * mouse: once the text has settled (the search's words are marked after it is drawn, and marking redraws
 * it, which would drop a selection made before), and across those marks.
 */
async function selectPassage(page: Page, length: number): Promise<string> {
  const drawn = () => page.locator('.article-body').innerHTML();
  await expect
    .poll(async () => {
      const before = await drawn();
      await page.waitForTimeout(300);
      return (await drawn()) === before;
    })
    .toBe(true);
  return page.evaluate((count) => {
    const paragraph = document.querySelectorAll('.article-body p')[1]!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let left = Math.min(count, paragraph.textContent!.length);
    let text = walker.nextNode()!;
    while (text.textContent!.length < left) {
      left -= text.textContent!.length;
      text = walker.nextNode()!;
    }
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(text, left);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, length);
}

describe('the briefing composer', () => {
  it('builds a two-section briefing with a full article and two excerpts, saves it, and reopens it identical after a reload', async () => {
    const page = await app.openPage();
    await page.getByLabel('Title', { exact: true }).fill('Belarus: partners');
    await page.getByLabel('Heading of section 1').fill('Cuba');
    await search(page, 'Lavrov');
    const full = await openResult(page, 0);
    await page.getByRole('button', { name: 'Add to briefing' }).click();

    await page.getByLabel('New section heading').fill('Azerbaijan');
    await page.getByRole('button', { name: 'Add section' }).click();
    await search(page, 'Azerbaijan');
    const excerpts: string[] = [];
    const excerptTitles: string[] = [];
    for (const index of [0, 1]) {
      excerptTitles.push(await openResult(page, index));
      excerpts.push(await selectPassage(page, 80));
      await page.getByRole('button', { name: 'Add excerpt' }).click();
    }
    const azerbaijan = page.getByRole('list', { name: 'Items of “Azerbaijan”' }).locator('.item-title');
    await expect.poll(() => azerbaijan.count()).toBe(2);
    // reorder by drag and drop, then undo and redo it
    const original = [`Excerpt${excerptTitles[0]}`, `Excerpt${excerptTitles[1]}`];
    const items = page.getByRole('list', { name: 'Items of “Azerbaijan”' }).getByRole('listitem');
    await items.nth(1).dragTo(items.nth(0));
    expect(await azerbaijan.allTextContents()).toEqual([original[1], original[0]]);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    expect(await azerbaijan.allTextContents()).toEqual(original);
    await page.keyboard.press('Control+Shift+z');
    expect(await azerbaijan.allTextContents()).toEqual([original[1], original[0]]);
    // and an item dragged onto another section moves there
    const cubaItems = page.getByRole('list', { name: 'Items of “Cuba”' }).getByRole('listitem');
    await cubaItems.nth(0).locator('.item-title').dragTo(page.getByTestId('section-1'));
    expect(await azerbaijan.count()).toBe(3);
    await page.keyboard.press('Control+z');
    expect(await azerbaijan.count()).toBe(2);
    await page.getByLabel(`Note on excerpt of “${excerptTitles[0]}”`).fill('Check the figure with the embassy in Baku.');

    const before = await panelSnapshot(page);
    expect(before).toContain(`Cuba: ${full}`);
    expect(before).toContain(excerpts[0]!.slice(0, 40));
    app.server.briefingFileChoice = path.join(await tempDir('e2e-briefings'), 'partners.attache');
    await page.getByRole('button', { name: 'Save As…' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Saved to ${app.server.briefingFileChoice}`);

    await page.reload();
    await page.getByRole('button', { name: 'Open…' }).waitFor();
    expect(await panelSnapshot(page)).not.toBe(before);
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect.poll(() => panelSnapshot(page)).toBe(before);
    await page.close();
  });

  it('offers the briefing back after the page died mid-edit, from the autosaved recovery copy', async () => {
    const page = await app.openPage();
    await page.getByLabel('Title', { exact: true }).fill('Unsaved: Kaliningrad logistics');
    await search(page, 'Kaliningrad');
    await openResult(page, 0);
    await page.getByRole('button', { name: 'Add to briefing' }).click();
    const edited = await panelSnapshot(page);
    await page.waitForTimeout(3500); // one autosave
    await page.close({ runBeforeUnload: false });

    const next = await app.openPage();
    const offer = next.getByRole('region', { name: 'Unsaved briefing' });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('“Unsaved: Kaliningrad logistics”');
    await next.getByRole('button', { name: 'Restore it' }).click();
    await expect.poll(() => panelSnapshot(next)).toBe(edited);
    await next.close();
  });

  it('resizes its panes by dragging a separator, and from the keyboard', async () => {
    const page = await app.openPage();
    const library = page.getByRole('region', { name: 'Library' });
    const separator = page.getByRole('separator', { name: 'Resize the library pane' });
    const before = (await library.boundingBox())!.width;
    const box = (await separator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + 200, { steps: 5 });
    await page.mouse.up();
    const dragged = (await library.boundingBox())!.width;
    expect(dragged).toBeGreaterThan(before + 100);
    await separator.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await library.boundingBox())!.width).toBeLessThan(dragged);
    await page.close();
  });
});

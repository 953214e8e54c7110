// End to end in Chromium over the real core: nothing replaces unsaved work without asking (New, Open,
// Recent, a template), a template keeps every item and is undone in one step, items and sections move
// from the keyboard with the focus on what moved, and Enter opens an item in the reader.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { addResultsToBriefing, panelSnapshot } from '../support/e2ePage';
import { tempDir } from '../support/paths';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

const items = (page: Page) => page.getByRole('region', { name: 'Briefing', exact: true }).locator('.briefing-items > li');
const question = (page: Page) => page.getByRole('alertdialog');

/** A page with a briefing of the two Cuba articles (unsaved). */
async function twoItemBriefing(): Promise<Page> {
  const page = await app.openPage();
  await addResultsToBriefing(page, 'Cuba', 2, [0, 1]);
  await expect.poll(() => items(page).count()).toBe(2);
  return page;
}

/** Answers the question the window asks, after checking it names what is about to happen. */
async function answer(page: Page, action: RegExp, choice: 'Save' | 'Don’t save' | 'Cancel'): Promise<void> {
  await expect.poll(() => question(page).textContent()).toMatch(action);
  // the dialog holds the focus
  expect(await question(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  await question(page).getByRole('button', { name: choice, exact: true }).click();
  await expect.poll(() => question(page).count()).toBe(0);
}

describe('unsaved work', () => {
  it('New asks first: Cancel (or Escape) keeps the briefing, Don’t save empties it', async () => {
    const page = await twoItemBriefing();
    const before = await panelSnapshot(page);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await answer(page, /start a new briefing/, 'Cancel');
    expect(await panelSnapshot(page)).toBe(before);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => question(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => question(page).count()).toBe(0);
    expect(await panelSnapshot(page)).toBe(before);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await answer(page, /start a new briefing/, 'Don’t save');
    await expect.poll(() => items(page).count()).toBe(0);
    await page.close();
  });

  it('Open and a recent briefing ask first; Save saves, then opens', async () => {
    const page = await twoItemBriefing();
    const file = path.join(await tempDir('unsaved'), 'cuba.attache');
    app.server.briefingFileChoice = file;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.file-name').textContent()).toBe('cuba.attache');
    // a change, then Open: asked; Cancel keeps the change
    await items(page)
      .first()
      .getByRole('button', { name: /^Remove/ })
      .click();
    const edited = await panelSnapshot(page);
    await page.getByRole('button', { name: 'Open…' }).click();
    await answer(page, /open another briefing/, 'Cancel');
    expect(await panelSnapshot(page)).toBe(edited);
    // the recent list asks too; Don't save opens the file as saved (two items)
    await page.getByRole('combobox', { name: 'Recent briefings' }).selectOption({ label: 'cuba.attache' });
    await answer(page, /open another briefing/, 'Don’t save');
    await expect.poll(() => items(page).count()).toBe(2);
    // with Save, the change is written first, then the file is opened again: one item
    await items(page)
      .first()
      .getByRole('button', { name: /^Remove/ })
      .click();
    await page.getByRole('button', { name: 'Open…' }).click();
    await answer(page, /open another briefing/, 'Save');
    await expect
      .poll(() => page.getByRole('region', { name: 'Briefing', exact: true }).getByRole('status').textContent())
      .toMatch(/Opened .*cuba\.attache/);
    await expect.poll(() => items(page).count()).toBe(1);
    await page.close();
  });

  it('a template asks first, keeps both items, and one undo restores the exact briefing before', async () => {
    const page = await twoItemBriefing();
    const before = await panelSnapshot(page);
    const template = page.getByRole('combobox', { name: 'Start from a template' });
    await template.selectOption({ label: 'Meeting brief' });
    await answer(page, /apply a template/, 'Cancel');
    expect(await panelSnapshot(page)).toBe(before);
    await template.selectOption({ label: 'Meeting brief' });
    await answer(page, /apply a template/, 'Don’t save');
    await expect.poll(() => page.locator('fieldset.section').count()).toBe(6);
    expect(await items(page).count()).toBe(2);
    const headings = await page
      .locator('.section-head input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(headings).toEqual(['Purpose', 'Scenario and participants', 'Key points', 'Background', 'Talking points', 'Articles']);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => panelSnapshot(page)).toBe(before);
    await page.close();
  });
});

describe('the briefing from the keyboard', () => {
  it('moves an item from section 2 into section 1 and a section to the top, the focus on what moved; Enter opens the item', async () => {
    const page = await twoItemBriefing();
    // a second section, with the second article in it (Move to…)
    await page.getByPlaceholder('New section heading').fill('Havana');
    await page.getByRole('button', { name: 'Add section' }).click();
    const second = items(page).nth(1);
    const secondName = (await second.getAttribute('aria-label'))!;
    await second.getByRole('combobox', { name: /to section/ }).selectOption({ label: 'Havana' });
    await expect.poll(() => page.locator('[data-section="1"] .briefing-items > li').count()).toBe(1);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return { item: element.dataset.item, section: element.dataset.section, label: element.getAttribute('aria-label') };
      });
    // the focus follows the item once it is drawn in its new section (a frame after the move, on a busy machine)
    await expect.poll(focused).toMatchObject({ item: '1-0', label: secondName });

    // keys only from here: Alt+↑ takes the item from the top of section 2 to the end of section 1
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(focused).toMatchObject({ item: '0-1', label: secondName });
    expect(await page.locator('[data-section="1"] .briefing-items > li').count()).toBe(0);
    // ↑ (the button, by Tab and Enter) moves it within section 1; the focus stays on its ↑ button
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move ${secondName} up`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.dataset.item)).toBe('0-0');
    // the section "Havana" to the top: its ↑ button, then the focus is on the moved section
    await page.getByRole('button', { name: 'Move section “Havana” up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ section: '0' });
    expect(await page.locator('[data-section="0"] .section-head input').inputValue()).toBe('Havana');
    // Enter on an item opens its article in the reader
    await page.locator('[data-item="1-0"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 }).textContent())
      .toBe(secondName.replace(/^“|”$/g, ''));
    await page.close();
  });
});

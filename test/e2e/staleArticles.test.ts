// End to end in Chromium over the real core: a saved briefing cites two articles; one is imported again
// with changed text, the other removed from the library. Reopening the briefing shows both states, and
// "Use the new text" and "Keep as cited" each do what they say (and the choice is saved with the file).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { addResultsToBriefing } from '../support/e2ePage';
import { importOrThrow } from '../support/imports';
import { tempDir } from '../support/paths';

let app: E2eApp;
let folder: string;

const TARIFFS = 'Zanzibar clove tariffs';
const HARBOUR = 'Zanzibar harbour works';
const text = (title: string, body: string) => `${title}\n\nStone Town, 3 March 2025\n\n${body}\n`;

beforeAll(async () => {
  app = await startE2eApp({ inProcessImport: true });
  folder = path.join(await tempDir('stale'), 'Zanzibar');
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, 'tariffs.txt'),
    text(TARIFFS, 'The ministry set the clove export tariff at four percent for the season.'),
  );
  await writeFile(
    path.join(folder, 'harbour.txt'),
    text(HARBOUR, 'Dredging of the harbour entrance begins in April, the port authority said.'),
  );
  await importOrThrow(app.service, folder);
});

afterAll(async () => {
  await app?.close();
});

describe('articles that changed or left the library', () => {
  it('shows a changed and a removed article when the briefing is reopened, and each choice does what it says', async () => {
    const page = await app.openPage();
    await addResultsToBriefing(page, 'Zanzibar', 2, [0, 1]);
    const briefing = page.getByRole('region', { name: 'Briefing', exact: true });
    app.server.briefingFileChoice = path.join(path.dirname(folder), 'zanzibar.attache');
    await briefing.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.file-name').textContent()).toBe('zanzibar.attache');

    // meanwhile, in the library: the tariffs article is imported again with new text; the harbour one is removed
    await writeFile(
      path.join(folder, 'tariffs.txt'),
      text(TARIFFS, 'The ministry set the clove export tariff at six percent for the season.'),
    );
    const report = await importOrThrow(app.service, folder);
    expect(report.updated).toHaveLength(1);
    const harbour = app.service.listArticles().find((meta) => meta.title === HARBOUR)!;
    expect(await app.service.removeArticles([harbour.id])).toMatchObject({ ok: true, removed: 1 });

    await page.reload();
    await page.getByRole('combobox', { name: 'Recent briefings' }).selectOption({ label: 'zanzibar.attache' });
    const item = (title: string) => briefing.locator('.briefing-items > li', { hasText: title });
    await expect.poll(() => item(TARIFFS).locator('.badge.stale').textContent()).toBe('Changed in library');
    await expect.poll(() => item(HARBOUR).locator('.badge.stale').textContent()).toBe('Removed from library');

    // Use the new text: the badge goes and the item cites the six percent text
    await item(TARIFFS).getByRole('button', { name: 'Use the new text' }).click();
    await expect.poll(() => item(TARIFFS).locator('.badge.stale').count()).toBe(0);
    await item(TARIFFS).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.article-body').textContent()).toContain('six percent');
    // Keep as cited: the badge goes, the briefing keeps its text, and the choice survives a save and reopen
    await item(HARBOUR).getByRole('button', { name: 'Keep as cited' }).click();
    await expect.poll(() => item(HARBOUR).locator('.badge.stale').count()).toBe(0);
    await item(HARBOUR).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.article-body').textContent()).toContain('Dredging of the harbour entrance');
    await briefing.getByRole('button', { name: 'Save', exact: true }).click();
    await page.reload();
    await page.getByRole('combobox', { name: 'Recent briefings' }).selectOption({ label: 'zanzibar.attache' });
    await expect.poll(() => briefing.locator('.briefing-items > li').count()).toBe(2);
    await page.waitForTimeout(300);
    expect(await briefing.locator('.badge.stale').count()).toBe(0);
    await page.close();
  });

  it('marks an item as soon as an import from the window replaces the text it cites, without reopening', async () => {
    const pemba = path.join(path.dirname(folder), 'Pemba');
    await mkdir(pemba, { recursive: true });
    const file = path.join(pemba, 'pemba.txt');
    await writeFile(file, text('Pemba seaweed harvest', 'Seaweed farmers on Pemba expect a record harvest this year.'));
    await importOrThrow(app.service, pemba);
    const page = await app.openPage();
    await addResultsToBriefing(page, 'seaweed', 1, [0]);
    const badge = page.getByRole('region', { name: 'Briefing', exact: true }).locator('.badge.stale');
    expect(await badge.count()).toBe(0);
    await writeFile(file, text('Pemba seaweed harvest', 'Seaweed farmers on Pemba now expect a smaller harvest this year.'));
    app.server.importFolderChoice = pemba;
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await page
      .getByRole('dialog', { name: /Import finished/ })
      .getByRole('button', { name: 'Close' })
      .click();
    await expect.poll(() => badge.textContent()).toBe('Changed in library');
    await page.close();
  });
});

// End to end in Chromium: importing folders from the window, with progress, cancel and the report.
import { BAD_FIXTURE_REASONS } from '../support/badFixtures';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { CORPORA_DIR, PROJECT_DIR, tempDir } from '../support/paths';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

describe('importing from the window', () => {
  it('shows progress, then a report naming each skipped file with its reason; the good files are searchable', async () => {
    const folder = await tempDir('e2e-import');
    await cp(path.join(PROJECT_DIR, 'test', 'fixtures', 'bad'), folder, { recursive: true });
    await cp(path.join(CORPORA_DIR, 'bbc', 'politics'), path.join(folder, 'politics'), { recursive: true });
    await mkdir(path.join(folder, 'notes'));
    await writeFile(
      path.join(folder, 'notes', 'herring.txt'),
      'Baltic fisheries talks\n\nNegotiators agreed on herring quotas for the coming season in Riga.',
    );
    app.server.importFolderChoice = folder;

    const page = await app.openPage();
    await page.getByRole('button', { name: 'Import folder…' }).click();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await progress.waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'Import' }).textContent(), { timeout: 20_000 })
      .toMatch(/Importing \d+ of 426: /);

    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe(`Import finished: “${path.basename(folder)}”`);
    // BBC politics holds a few near-duplicate stories: the report says how many of the copies were near ones
    expect(await dialog.textContent()).toMatch(
      /426 files: \d+ imported, 0 updated, \d+ already in the library \(\d+ of them nearly the same as an article kept\), 8 skipped\./,
    );
    const skipped = Object.fromEntries(
      await dialog
        .getByRole('list', { name: 'Skipped files' })
        .getByRole('listitem')
        .evaluateAll((items) =>
          items.map((item) => [item.querySelector('.skipped-path')!.textContent, item.querySelector('.skipped-reason')!.textContent]),
        ),
    );
    expect(skipped).toEqual({
      ...BAD_FIXTURE_REASONS,
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('herring');
    await expect.poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('button').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('cancels a running import and reports what was done', async () => {
    app.server.importFolderChoice = path.join(CORPORA_DIR, 'bbc', 'sport');
    const page = await app.openPage();
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await expect
      .poll(() => page.getByRole('group', { name: 'Import' }).textContent(), { timeout: 20_000 })
      .toMatch(/Importing (?:[3-9]|\d{2,}) of 511/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe('Import cancelled: “sport”');
    const imported = Number(/(\d+) imported/.exec((await dialog.textContent())!)?.[1]);
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(511);
    expect(app.service.collections().find((collection) => collection.name === 'sport')?.articles).toBe(imported);
    await page.close();
  });

  it('imports a folder dropped on the window', async () => {
    app.server.dropRoot = path.join(PROJECT_DIR, 'test', 'fixtures');
    const page = await app.openPage();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([''], 'search'));
      const target = document.querySelector('.app')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe('Import finished: “search”');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Zanzibar');
    await expect.poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('button').count()).toBe(2);
    await page.close();
  });
});

// Screenshots of the built renderer over the real core, for the README and for looking at UI changes:
// `npm run screenshot` writes docs/screenshot.png (1280×800, light), screenshot-dark.png, screenshot-1920.png
// (1920×1080), view-preview.png, view-shortcuts.png, view-matches.png, view-filters.png, view-insights.png,
// view-insights-figures.png, export-table.png (page 2 of an exported .docx with the desk's tables), view-unsaved.png,
// view-stale.png, import-report.png, view-stories.png (ng-ru's articles scraped twice, one row per story) and
// import-report-library.png (damage an import found in the library).
import { appendFile, cp } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { docxCheck } from './docxCheck';
import { startE2eApp } from './e2eApp';
import { importOrThrow } from './imports';
import { CORPORA_DIR, PROJECT_DIR, tempDir } from './paths';

const DOCS = path.join(PROJECT_DIR, 'docs');

async function composeBriefing(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Cuba');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
  // the list shows the two Cuba articles, not the whole library it showed before the query
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Search results"] button').length === 2);
  for (const index of [1, 0]) {
    await results.nth(index).click();
    await page.getByRole('button', { name: 'Add to briefing' }).click();
  }
  await page.getByLabel('Title', { exact: true }).fill('Cuba: recent contacts');
  await page.getByLabel('Executive summary').fill('Belarus and Russia both courted Havana this year; trade and the US blockade dominate.');
}

const app = await startE2eApp();
const shot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: path.join(DOCS, name) });
  console.log(`wrote docs/${name}`);
};
try {
  for (const [colorScheme, width, height, name] of [
    ['light', 1280, 800, 'screenshot.png'],
    ['dark', 1280, 800, 'screenshot-dark.png'],
    ['light', 1920, 1080, 'screenshot-1920.png'],
  ] as const) {
    const page = await app.openPage({ colorScheme, width, height });
    await composeBriefing(page);
    await shot(page, name);
    await page.close();
  }
  const page = await app.openPage();
  await composeBriefing(page);
  await page.getByLabel('Handling marking').fill('RESTRICTED');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('figure', { name: /^Page 2 of / }).waitFor();
  await shot(page, 'view-preview.png');
  // the pages side by side are what the preview is for: a wider window shows two
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await shot(page, 'view-shortcuts.png');
  await page.keyboard.press('Escape');
  // a name asked in Russian finds the English article across scripts; the reader marks it and counts the marks
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Лавровым');
  await page.getByText('matched Lavrov').waitFor();
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /Lavrov visit/ })
    .click();
  await page.locator('.article-body mark.current', { hasText: 'Lavrov' }).waitFor();
  await page.keyboard.press('F3');
  await page.getByText('2 of 3').waitFor();
  await shot(page, 'view-matches.png');
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Belarus');
  await page.getByText('Filters').click();
  await page.waitForTimeout(500);
  await shot(page, 'view-filters.png');
  await page.close();

  // the analyst's desk over a search, and the figures table it adds as the exported .docx prints it
  const desk = await app.openPage();
  // the briefings composed above left a recovery copy; this view is about the desk
  if (await desk.getByRole('button', { name: 'Discard' }).isVisible()) await desk.getByRole('button', { name: 'Discard' }).click();
  await desk.getByRole('searchbox', { name: 'Search the library' }).fill('Belarus');
  await desk.getByRole('list', { name: 'Search results' }).getByRole('button').first().waitFor();
  await desk.getByRole('tab', { name: 'Insights' }).click();
  await desk.getByText(/articles? found by “Belarus”/).waitFor();
  await shot(desk, 'view-insights.png');
  await desk.getByRole('tab', { name: /^Figures/ }).click();
  await desk.getByRole('button', { name: '$400 million', exact: true }).waitFor();
  await shot(desk, 'view-insights-figures.png');
  await desk.getByRole('button', { name: 'Add table to briefing' }).click();
  await desk.getByRole('tab', { name: /^Timeline/ }).click();
  await desk.getByRole('button', { name: 'Add table to briefing' }).click();
  await desk.getByLabel('Title', { exact: true }).fill('Belarus: figures and timeline');
  await desk.getByRole('button', { name: 'Export .docx' }).click();
  await desk.getByText(/^Exported to /).waitFor();
  const printed = await docxCheck(path.join(app.exportDir, 'Belarus figures and timeline.docx'));
  execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '2', '-l', '2', '-singlefile', printed.pdf, path.join(DOCS, 'export-table')]);
  console.log('wrote docs/export-table.png');
  await desk.close();

  // the question before unsaved work is replaced, and an item whose article left the library
  const asking = await app.openPage();
  await composeBriefing(asking);
  await asking.getByRole('button', { name: 'New', exact: true }).click();
  await asking.getByRole('alertdialog').waitFor();
  await shot(asking, 'view-unsaved.png');
  await asking.getByRole('button', { name: 'Cancel', exact: true }).click();
  app.server.briefingFileChoice = path.join(await tempDir('shot-stale'), 'cuba.attache');
  await asking.getByRole('button', { name: 'Save', exact: true }).click();
  await asking.locator('.file-name', { hasText: 'cuba.attache' }).waitFor();
  const lavrov = app.service.listArticles().find((meta) => meta.title.includes('Lavrov'))!;
  await app.service.removeArticles([lavrov.id]);
  await asking.reload();
  await asking.getByRole('combobox', { name: 'Recent briefings' }).selectOption({ label: 'cuba.attache' });
  await asking.locator('.badge.stale').waitFor();
  await shot(asking, 'view-stale.png');
  await asking.close();

  const folder = path.join(await tempDir('shot-import'), 'Embassy saved pages');
  await cp(path.join(PROJECT_DIR, 'test', 'fixtures'), folder, { recursive: true });
  app.server.importFolderChoice = folder;
  const importing = await app.openPage();
  await importing.getByRole('button', { name: 'Import folder…' }).click();
  await importing.getByRole('dialog').waitFor({ timeout: 60_000 });
  await shot(importing, 'import-report.png');
  await importing.close();

  // one row per story: ng-ru's Skripal articles, two of them scraped twice from one URL (edited between)
  const pairs = path.join(await tempDir('shot-stories'), 'ng-ru');
  await cp(path.join(CORPORA_DIR, 'ng-ru'), pairs, {
    recursive: true,
    filter: (file) => !/\.txt$/.test(file) || /(1410|1411|1204|1205|1150|1151)\.txt$/.test(file),
  });
  await importOrThrow(app.service, pairs);
  const stories = await app.openPage();
  if (await stories.getByRole('button', { name: 'Discard' }).isVisible()) await stories.getByRole('button', { name: 'Discard' }).click();
  await stories.getByRole('searchbox', { name: 'Search the library' }).fill('Скрипаля');
  await stories.getByRole('button', { name: '2 articles' }).first().click();
  await stories
    .getByRole('list', { name: /^The same story: / })
    .getByRole('button')
    .first()
    .click();
  await stories.getByRole('region', { name: 'Reader' }).locator('.article-body').waitFor();
  await shot(stories, 'view-stories.png');
  await stories.close();

  // damage an import finds in the library (a line of its log spoilt on disk), reported with the import
  await appendFile(path.join(app.libraryDir, 'catalog.log'), 'a line spoilt on disk\n');
  app.server.importFolderChoice = path.join(PROJECT_DIR, 'seeds');
  const damaged = await app.openPage();
  await damaged.getByRole('button', { name: 'Import folder…' }).click();
  await damaged.getByRole('list', { name: 'Problems found in the library' }).waitFor({ timeout: 60_000 });
  await shot(damaged, 'import-report-library.png');
  await damaged.close();
} finally {
  await app.close();
}

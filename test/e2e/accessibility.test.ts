// axe-core over every view of the window, light and dark: no serious or critical violation.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2eApp';
import { PROJECT_DIR } from '../support/paths';

let app: E2eApp;
let axeSource: string;

beforeAll(async () => {
  app = await startE2eApp();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

afterAll(async () => {
  await app?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe in the page (through DevTools, which the page's CSP does not govern) and returns serious and critical violations. */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const { violations, passed } = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe.run();
    return { violations: result.violations, passed: result.passes.length };
  });
  // axe did run: it checked the page against its rules, and many passed
  expect(passed).toBeGreaterThan(15);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('%s theme: every view has no serious or critical violation', async (colorScheme) => {
    const page = await app.openPage({ colorScheme });
    const found: Record<string, string[]> = {};
    found.empty = await audit(page);

    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Cuba');
    await page.getByText('Filters').click();
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect.poll(() => results.count()).toBe(2);
    await results.first().click();
    await page.getByRole('button', { name: 'Add to briefing' }).click();
    await page.getByText('Page and markings').click();
    found.reading = await audit(page);

    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    found.shortcuts = await audit(page);
    await page.keyboard.press('Escape');

    app.server.importFolderChoice = path.join(PROJECT_DIR, 'test', 'fixtures', 'bad');
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await page.getByRole('dialog').waitFor();
    found.importReport = await audit(page);

    expect(found).toEqual({ empty: [], reading: [], shortcuts: [], importReport: [] });
    await page.close();
  });
});

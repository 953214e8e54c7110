// The analyst's desk end to end in Chromium over the real core: search, read the result's insights, add a
// quote and the figures table to the briefing, export, and find both — the quote with its footnote, the
// table with its repeated header row and a cited row — in the .docx.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxCheck } from '../support/docxCheck';
import { startE2eApp, type E2eApp } from '../support/e2eApp';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

describe('the Insights view in Chromium', () => {
  it('adds a quote and the figures table of a search to the briefing, and the .docx has both, cited', async () => {
    const page = await app.openPage();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Belarus');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().waitFor();
    await page.getByRole('tab', { name: 'Insights' }).click();
    const desk = page.getByRole('region', { name: 'Insights', exact: true });
    await desk.getByText(/articles? found by “Belarus”/).waitFor();

    // a quote, attributed, opens its article at its place
    const quote = desk.getByRole('listitem').filter({ hasText: 'We can earn a great deal of money' });
    await expect.poll(() => quote.locator('.result-meta').textContent()).toMatch(/^Mikhail Rusy · BelTA/);
    await quote.getByRole('button', { name: 'Show in article' }).click();
    await page.locator('.article-body mark.current', { hasText: 'We can earn a great deal of money' }).waitFor();
    await page.getByRole('tab', { name: 'Insights' }).click();
    await desk
      .getByRole('listitem')
      .filter({ hasText: 'We can earn a great deal of money' })
      .getByRole('button', { name: 'Add quote' })
      .click();

    // the figures, filtered, become a table of the briefing
    await desk.getByRole('tab', { name: /^Figures/ }).click();
    await desk.getByRole('button', { name: '$400 million', exact: true }).waitFor();
    await desk.getByRole('searchbox', { name: 'Filter the list' }).fill('trade');
    const rows = desk.locator('.insight-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const shown = await rows.count();
    await desk.getByRole('button', { name: 'Add table to briefing' }).click();
    await page.getByText(/^Table: Figures: “Belarus”/).waitFor();

    await page.getByLabel('Title', { exact: true }).fill('Belarus trade');
    await page.getByRole('button', { name: 'Export .docx' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Exported to /);
    const file = path.join(app.exportDir, 'Belarus trade.docx');

    const summary = await docxCheck(file);
    expect(summary.tables).toBe(1);
    expect(summary.styles.Quote).toBe(1);
    // the quote's footnote and one per table row
    expect(summary.footnotes).toBe(1 + shown);
    const zip = await JSZip.loadAsync(await readFile(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    // the table's style is one of the document's, with its header shading
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(
      /<w:style w:type="table" w:styleId="BriefingTable">[\s\S]*?w:type="firstRow"/,
    );
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table).toContain('<w:tblStyle w:val="BriefingTable"/>');
    // the first row is the header row Word repeats on each page, then one row per figure shown, each with a footnote
    const tableRows = table.split('<w:tr>').slice(1);
    expect(tableRows[0]).toContain('<w:tblHeader/>');
    expect(tableRows[0]).toContain('Figure');
    expect(tableRows).toHaveLength(1 + shown);
    expect(tableRows.slice(1).every((row) => row.includes('w:footnoteReference'))).toBe(true);
    expect(table).toContain('$400 million');
    expect(xml).toMatch(/We can earn a great deal of money[\s\S]*?w:footnoteReference/);
    expect(xml).toContain('Note: Mikhail Rusy, quoted.');
    await page.close();
  });
});

// Renders build/icon.svg to build/icon.png (512×512) in headless Chromium: electron-builder derives
// every platform's icon from that PNG. Run with `npx tsx build/render-icon.ts` after changing the SVG.
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../test/support/chromium';

const svg = await readFile(new URL('icon.svg', import.meta.url), 'utf8');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: new URL('icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();

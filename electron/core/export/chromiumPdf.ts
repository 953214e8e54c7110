// PDF without Electron (the command line, the tests): the printed briefing laid out by a Chromium
// installed on the machine, driven by playwright-core — the same engine and the same print stylesheet
// as the app's Print and Export PDF. Nothing is downloaded: without a Chromium it says how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** The Chromium to print with: $ATTACHE_CHROMIUM, else the first usual install found; undefined when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ATTACHE_CHROMIUM) return existsSync(env.ATTACHE_CHROMIUM) ? env.ATTACHE_CHROMIUM : undefined;
  return (CANDIDATES[process.platform] ?? []).find((candidate) => existsSync(candidate));
}

/** The PDF of a self-contained HTML document, laid out on the paper its stylesheet asks for. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      process.env.ATTACHE_CHROMIUM
        ? `ATTACHE_CHROMIUM names no file (${process.env.ATTACHE_CHROMIUM}).`
        : 'PDF export from the command line needs Chromium or Chrome installed (or ATTACHE_CHROMIUM set to one); export the .docx, or the PDF from the app.',
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    // Chromium's sandbox refuses to run as root (containers, CI): only there is it turned off
    chromiumSandbox: process.getuid?.() !== 0,
    args: [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // the document loads nothing; should it try, nothing leaves the machine
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }));
  } finally {
    await browser.close();
  }
}

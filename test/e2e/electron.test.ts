// The real app in Electron, driven by Playwright's _electron. Runs where the Electron binary is
// installed; on machines where its download is skipped (ELECTRON_SKIP_BINARY_DOWNLOAD, as in this
// project's CI) it is reported as skipped, loudly.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callNames } from '../../electron/contract';
import { PROJECT_DIR, tempDir } from '../support/paths';

function electronBinary(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown as string;
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) console.warn('SKIPPED: Electron end-to-end test — the Electron binary is not installed here (download skipped).');

describe.skipIf(!binary)('the Electron app', () => {
  it('opens a sandboxed window on the bundled samples, searches them, and refuses outside requests', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [PROJECT_DIR, '--no-sandbox'],
      env: { ...process.env, ATTACHE_LIBRARY: await tempDir('electron-lib') },
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('app://attache/index.html');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      // exactly the contract: its calls, on(event) and the dropped-file helper
      expect(await page.evaluate(() => Object.keys(window.attache).sort())).toEqual([...callNames, 'on', 'pathOfDroppedFile'].sort());
      await page.getByRole('searchbox', { name: 'Search the library' }).fill('Azerbaijan');
      await expect.poll(() => page.getByRole('list', { name: 'Search results' }).getByRole('button').count()).toBe(2);
      const blocked = await page.evaluate(() =>
        fetch('https://attache-e2e.invalid/').then(
          () => 'loaded',
          () => 'blocked',
        ),
      );
      expect(blocked).toBe('blocked');
      const opened = await page.evaluate(() => window.open('https://attache-e2e.invalid/') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });
});

// TEST-ONLY: the app in Chromium for end-to-end tests — the built renderer, the test bridge, the real
// core (with the import worker, as in the app) on a fresh library of the samples.
import type { Browser, Page } from 'playwright-core';
import type { AttacheService } from '../../electron/core/service';
import { BRIDGE_SCRIPT, startAppServer, type AppServer } from './appServer';
import { launchChromium } from './chromium';
import { SEEDS_DIR, tempDir } from './paths';
import { LIBRARY_WORKER } from './workerScript';

export interface E2eApp {
  server: AppServer;
  service: AttacheService;
  exportDir: string;
  /** Every request a page tried to send anywhere but the app server (aborted). */
  outside: string[];
  libraryDir: string;
  openPage(options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

/** `inProcessImport`: imports run in this thread (so that a test can watch everything the core does). */
export async function startE2eApp(options: { inProcessImport?: boolean } = {}): Promise<E2eApp> {
  const exportDir = await tempDir('e2e-out');
  const libraryDir = await tempDir('e2e-lib');
  const server = await startAppServer(
    {
      libraryDir,
      stateDir: await tempDir('e2e-state'),
      seedsDir: SEEDS_DIR,
      ...(options.inProcessImport ? {} : { libraryWorker: LIBRARY_WORKER }),
    },
    exportDir,
  );
  const service = server.service;
  const browser: Browser = await launchChromium();
  const outside: string[] = [];
  return {
    server,
    service,
    exportDir,
    outside,
    libraryDir,
    openPage: async ({ width = 1280, height = 800, colorScheme = 'light' } = {}) => {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      // Safety net, as the Electron session's request filter: nothing leaves the machine even if the CSP failed.
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url)) return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      await page.addInitScript(BRIDGE_SCRIPT);
      await page.goto(server.url);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

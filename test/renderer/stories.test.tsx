// The result list with each story in one row: the pairs of ng-ru articles scraped twice from one URL
// (real copy; the import merges the identical ones and keeps the edited ones apart), folded into one row
// with "2 articles", unfolded on a click, and each copy opened from there.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { inProcessApi } from '../support/inProcessApi';
import { tempDir } from '../support/paths';
import { ngRuRescrapes } from '../support/rescrapes';

beforeAll(async () => {
  // every ng-ru article whose URL the corpus's index lists twice
  const folder = await tempDir('stories-seeds');
  await mkdir(folder, { recursive: true });
  for (const { files } of await ngRuRescrapes()) for (const file of files) await copyFile(file, path.join(folder, path.basename(file)));
  window.attache = await inProcessApi(
    { libraryDir: await tempDir('stories-library'), seedsDir: folder, stateDir: await tempDir('stories-state') },
    { importFolder: () => undefined },
  );
}, 120_000);
afterAll(cleanup);

describe('one row per story', () => {
  it('folds the copies of one story into one row, unfolds it on a click, and opens each copy', async () => {
    const user = userEvent.setup();
    render(<App />);
    // 28 files: 11 pairs merged into one stored text each, 3 kept apart (edited between scrapes) and folded here
    expect(await screen.findByText('17 articles in the library · 14 stories')).toBeTruthy();
    // (jsdom lays nothing out: the list shows its first 12 rows)
    const toggles = await screen.findAllByRole('button', { name: '2 articles' });
    expect(toggles.length).toBeGreaterThan(0);
    await user.click(toggles[0]!);
    expect(toggles[0]!.getAttribute('aria-expanded')).toBe('true');
    const story = screen.getByRole('list', { name: /^The same story: / });
    const copy = within(story).getByRole('button');
    await user.click(copy);
    const reader = screen.getByRole('region', { name: 'Reader' });
    expect((await within(reader).findByRole('heading', { level: 2 })).textContent).toBe(copy.firstChild!.textContent);
    // without folding, every article is a row of its own
    await user.click(screen.getByRole('checkbox', { name: 'One row per story' }));
    expect(await screen.findByText('17 articles in the library')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: '2 articles' })).toHaveLength(0);
  });
});

// The renderer in jsdom, with window.attache implemented by the real core service (no network, no Electron).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { useSearch } from '../../renderer/src/state/search';
import { useBriefingEditor } from '../../renderer/src/state/briefingEditor';
import { useBriefingFile } from '../../renderer/src/state/briefingFile';
import { useImportJob } from '../../renderer/src/state/importJob';
import { useReader } from '../../renderer/src/state/reader';
import { useStatus } from '../../renderer/src/state/status';
import { inProcessApi } from '../support/inProcessApi';
import { SEEDS_DIR, tempDir } from '../support/paths';

const exported: string[] = [];
let api: Awaited<ReturnType<typeof inProcessApi>>;

beforeAll(async () => {
  const outDir = await tempDir('renderer-out');
  window.attache = api = await inProcessApi(
    { libraryDir: await tempDir('renderer'), seedsDir: SEEDS_DIR, stateDir: await tempDir('renderer-state') },
    {
      exportPath: (briefing) => {
        exported.push(briefing.sections.flatMap((section) => section.items.map((item) => item.title)).join(' | '));
        return `${outDir}/${exported.length}.docx`;
      },
      importFolder: () => undefined,
    },
  );
});

const stores = [useBriefingEditor, useBriefingFile, useImportJob, useReader, useStatus, useSearch] as const;
const initial = stores.map((store) => store.getState());
afterEach(() => {
  cleanup();
  stores.forEach((store, at) => (store as { setState(state: unknown, replace: true): void }).setState(initial[at], true));
});

describe('App', () => {
  it('shows search results with marked snippets as the user types', async () => {
    const user = userEvent.setup();
    render(<App />);
    // an empty query lists the whole library; the search's own answer replaces it
    expect(await screen.findByText('5 articles in the library')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'Kaliningrad');
    expect(await screen.findByText('1 result')).toBeTruthy();
    const results = screen.getAllByRole('button', { name: /Kaliningrad Oblast in logistics/ });
    expect(results).toHaveLength(1);
    const marks = results[0]!.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toContain('Kaliningrad');
  });

  it('finds a name asked in another script, says with which words, and stops when Across scripts is off', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'Лавровым');
    const result = await screen.findByRole('button', { name: /strengthen strategic ties with Lavrov visit/ });
    expect(result.textContent).toContain('matched Lavrov');
    await user.click(screen.getByRole('checkbox', { name: 'Across scripts' }));
    expect(await screen.findByText('0 results')).toBeTruthy();
  });

  it('says when a phrase is made only of words the index leaves out, and what to do', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), '"and of the"');
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/“and of the” is made of words the index leaves out in .*English.* articles.*Add a less common word/);
    await user.clear(screen.getByRole('searchbox', { name: 'Search the library' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), '"Council of State"');
    expect(await screen.findByText('1 result')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('readies the import while files are dragged over the window, and imports the folder dropped', async () => {
    const prepare = vi.spyOn(api, 'prepareImport');
    const importDropped = vi.spyOn(api, 'importDroppedFolder');
    render(<App />);
    const app = document.querySelector('.app')!;
    const files = { types: ['Files'], files: [new File([], 'Articles')] };
    fireEvent.dragOver(app, { dataTransfer: files });
    fireEvent.dragOver(app, { dataTransfer: files });
    expect(await screen.findByText('Drop a folder to import it')).toBeTruthy();
    expect(prepare).toHaveBeenCalledTimes(1);
    fireEvent.drop(app, { dataTransfer: files });
    await waitFor(() => expect(importDropped).toHaveBeenCalledTimes(1));
    prepare.mockRestore();
    importDropped.mockRestore();
  });

  it('counts results by year and month, and keeps the undated ones unless told to leave them out', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('5 articles in the library')).toBeTruthy();
    await user.click(screen.getByText('Filters'));
    const years = await screen.findByRole('group', { name: 'Results by year' });
    const bars = within(years).getAllByRole('button');
    expect(bars.length).toBeGreaterThan(0);
    // read as "3 results in 2024" (the year is shown apart, hidden from screen readers)
    expect(bars.at(-1)!.textContent).toMatch(/^\d+ results? in \d{4}\d{4}$/);
    const [count, name] = /^(\d+) results? in \d{4}(\d{4})$/.exec(bars.at(-1)!.textContent!)!.slice(1);
    const undated = Number(screen.getByText('Undated').nextElementSibling!.textContent);
    await user.click(bars.at(-1)!);
    // the chosen year, by month; its articles and the undated ones
    expect(await screen.findByRole('group', { name: 'Results by month' })).toBeTruthy();
    expect(await screen.findByText(`${Number(count) + undated} articles in the library`)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Undated/ }));
    expect(await screen.findByText(`${count} article${count === '1' ? '' : 's'} in the library`)).toBeTruthy();
    expect(name).toMatch(/^20\d\d$/);
  });

  it('opens an article in the reader with its metadata, and renders its text as text', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'Aliyev');
    await user.click(await screen.findByRole('button', { name: /Lukashenko, Aliyev discuss/ }));
    const reader = screen.getByRole('region', { name: 'Reader' });
    expect(await within(reader).findByRole('heading', { level: 2 })).toHaveProperty(
      'textContent',
      'Lukashenko, Aliyev discuss ways to expand Belarus-Azerbaijan manufacturing cooperation',
    );
    expect(within(reader).getByText('BelTA · Baku · 2024-05-16 · English')).toBeTruthy();
  });

  it('builds a briefing: add, refuse a second copy, reorder, remove, export', async () => {
    const user = userEvent.setup();
    render(<App />);
    const search = screen.getByRole('searchbox', { name: 'Search the library' });
    await user.type(search, 'Havana');
    expect(await screen.findByText('2 results')).toBeTruthy();
    const results = screen.getAllByRole('button', { name: /Cuba/ });
    expect(results).toHaveLength(2);
    for (const result of results) {
      await user.click(result);
      // wait until the reader shows the article clicked, not the one before it
      const title = result.querySelector('.result-title')!.textContent;
      await waitFor(() =>
        expect(within(screen.getByRole('region', { name: 'Reader' })).getByRole('heading', { level: 2 }).textContent).toBe(title),
      );
      await user.click(screen.getByRole('button', { name: 'Add to briefing' }));
    }
    await user.click(screen.getByRole('button', { name: 'Add to briefing' }));
    expect(screen.getByRole('status').textContent).toMatch(/already in the briefing/);

    const items = () =>
      within(screen.getByRole('list', { name: 'Items of “Articles”' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.item-title')!.textContent);
    const [first, second] = items();
    await user.click(screen.getByRole('button', { name: `Move “${second}” up` }));
    expect(items()).toEqual([second, first]);
    await user.click(screen.getByRole('button', { name: 'Export .docx' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Exported to /));
    expect(exported.at(-1)).toBe(`${second} | ${first}`);
    await user.click(screen.getByRole('button', { name: `Remove “${second}”` }));
    expect(items()).toEqual([first]);
  });

  it('works from the keyboard: / to search, arrows and Enter to open, A to add, undo and redo, ? for help', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the library' }));
    await user.keyboard('Havana');
    expect(await screen.findByText('2 results')).toBeTruthy();
    await user.keyboard('{ArrowDown}{Enter}');
    const reader = screen.getByRole('region', { name: 'Reader' });
    const title = (await within(reader).findByRole('heading', { level: 2 })).textContent!;
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('a');
    const items = () =>
      within(screen.getByRole('list', { name: 'Items of “Articles”' }))
        .queryAllByRole('listitem')
        .map((item) => item.querySelector('.item-title')!.textContent);
    expect(items()).toEqual([title]);
    await user.keyboard('{Control>}z{/Control}');
    expect(items()).toEqual([]);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(items()).toEqual([title]);
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Undo a briefing edit')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('undoes a run of typing in one field as one step', async () => {
    const user = userEvent.setup();
    render(<App />);
    const title = screen.getByLabelText('Title', { exact: true }) as HTMLInputElement;
    await user.clear(title);
    await user.type(title, 'Cuba brief');
    title.blur();
    await user.keyboard('{Control>}z{/Control}');
    expect((screen.getByLabelText('Title', { exact: true }) as HTMLInputElement).value).toBe('Untitled briefing');
  });

  it('starts from a template: a meeting brief has its five sections', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start from a template' }), 'meeting');
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: /^Heading of section/ })).toHaveLength(5));
    expect(screen.getAllByRole('textbox', { name: /^Heading of section/ }).map((input) => (input as HTMLInputElement).value)).toEqual([
      'Purpose',
      'Scenario and participants',
      'Key points',
      'Background',
      'Talking points',
    ]);
  });

  it('previews the briefing by asking the core for its printed pages, and says why when they cannot be laid out', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'Aliyev');
    expect(await screen.findByText('1 result')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: /Lukashenko, Aliyev discuss/ })[0]!);
    await user.click(await screen.findByRole('button', { name: 'Add to briefing' }));
    // jsdom draws no PDF (the pages themselves are tested in Chromium): here the core's answer is a failure
    const previewBriefing = vi
      .spyOn(api, 'previewBriefing')
      .mockResolvedValue({ ok: false, reason: 'failed', message: 'The pages could not be laid out: no Chromium.' });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('dialog', { name: 'Print preview' });
    expect((await within(preview).findByRole('alert')).textContent).toBe('The pages could not be laid out: no Chromium.');
    expect(previewBriefing).toHaveBeenCalledWith(useBriefingEditor.getState().briefing);
    expect(previewBriefing.mock.calls[0]![0].sections.flatMap((section) => section.items.map((item) => item.title))).toEqual([
      'Lukashenko, Aliyev discuss ways to expand Belarus-Azerbaijan manufacturing cooperation',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Print preview' })).toBeNull();
    previewBriefing.mockRestore();
  });

  it('carries out the application menu’s commands', async () => {
    const user = userEvent.setup();
    render(<App />);
    const title = screen.getByLabelText('Title', { exact: true }) as HTMLInputElement;
    await user.clear(title);
    await user.type(title, 'Draft');
    act(() => api.emit('menuCommand', 'shortcuts'));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    act(() => api.emit('menuCommand', 'new'));
    // the briefing has unsaved changes: New asks first
    const question = await screen.findByRole('alertdialog', { name: 'Save the changes to “Draft”?' });
    await user.click(within(question).getByRole('button', { name: 'Don’t save' }));
    await waitFor(() => expect((screen.getByLabelText('Title', { exact: true }) as HTMLInputElement).value).toBe('Untitled briefing'));
  });
});

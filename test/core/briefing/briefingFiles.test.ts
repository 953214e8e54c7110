// Briefing files: save, open, recent, autosave and recovery, damage, errors, and kills mid-save.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../electron/contract';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../../electron/core/briefing/model/briefingText';
import { BriefingFiles } from '../../../electron/core/briefing/briefingFiles';
import { AttacheService } from '../../../electron/core/service';
import { CORPORA_DIR, PROJECT_DIR, SEEDS_DIR, tempDir } from '../../support/paths';
import { importOrThrow } from '../../support/imports';

async function setup() {
  const dir = await tempDir('briefings');
  const chosen: { file: string | undefined; asked: number } = { file: path.join(dir, 'cuba.attache'), asked: 0 };
  const chooser = {
    choosePath: async () => (chosen.asked++, chosen.file),
  };
  const service = await AttacheService.open({ libraryDir: await tempDir('briefings-lib'), seedsDir: SEEDS_DIR });
  const articles = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).filter(
    (article) => article !== null,
  );
  const briefing: Briefing = {
    ...emptyBriefing(),
    title: 'Cuba: recent contacts',
    keyPoints: ['One', 'Two'],
    sections: [
      { heading: 'Belarus', items: [itemFromArticle(articles[0]!), { ...itemFromArticle(articles[1]!, 'A passage.'), note: 'Mine.' }] },
      { heading: 'Russia', items: [itemFromArticle(articles[2]!)] },
    ],
  };
  return { dir, chosen, files: new BriefingFiles(path.join(dir, 'state'), chooser), briefing };
}

describe('briefing files', () => {
  it('save asks where once, then saves in place; open gives back the identical briefing', async () => {
    const { chosen, files, briefing } = await setup();
    expect(await files.save(briefing, false)).toMatchObject({ ok: true, file: chosen.file });
    expect(await files.save({ ...briefing, title: 'Cuba: contacts' }, false)).toMatchObject({ ok: true });
    expect(chosen.asked).toBe(1);
    files.forgetCurrentFile();
    const opened = await files.open();
    expect(opened).toEqual({ ok: true, file: chosen.file, briefing: { ...briefing, title: 'Cuba: contacts' } });
    expect(await files.recent()).toEqual([chosen.file]);
  });

  it('save as asks again; cancelling saves nothing', async () => {
    const { chosen, files, briefing } = await setup();
    await files.save(briefing, false);
    chosen.file = undefined;
    expect(await files.save(briefing, true)).toEqual({ ok: false, reason: 'canceled', message: 'Save canceled.' });
  });

  it('keeps what it cites: opening works with the articles gone from the library', async () => {
    const { files, briefing } = await setup();
    await files.save(briefing, false);
    const opened = await files.open();
    expect(opened.ok && opened.briefing.sections[0]!.items[0]!.body.length).toBeGreaterThan(500);
  });

  it('a damaged briefing file opens from its last good copy, with a notice', async () => {
    const { chosen, files, briefing } = await setup();
    await files.save({ ...briefing, title: 'First' }, false);
    await files.save({ ...briefing, title: 'Second' }, false);
    const bytes = await readFile(chosen.file!);
    bytes[bytes.length - 30] = bytes[bytes.length - 30] === 0x41 ? 0x42 : 0x41;
    await writeFile(chosen.file!, bytes);
    const opened = await files.open();
    expect(opened).toMatchObject({ ok: true, notice: expect.stringMatching(/was damaged \(its checksum does not match/) });
    expect(opened.ok && opened.briefing.title).toBe('First');
  });

  it('refuses a file that is not a briefing, and a missing one, with a message', async () => {
    const { dir, chosen, files } = await setup();
    chosen.file = path.join(dir, 'notes.txt');
    await writeFile(chosen.file, 'not a briefing');
    expect(await files.open()).toEqual({
      ok: false,
      reason: 'failed',
      message: '“notes.txt” cannot be opened: it is truncated (no header).',
    });
    chosen.file = path.join(dir, 'gone.attache');
    expect(await files.open()).toEqual({ ok: false, reason: 'not-found', message: '“gone.attache” does not exist.' });
  });

  it('says so when it cannot write, keeping the previous file', async () => {
    const { dir, chosen, files, briefing } = await setup();
    chosen.file = path.join(dir, 'no-such-folder', 'x.attache');
    expect(await files.save(briefing, true)).toEqual({
      ok: false,
      reason: 'write-failed',
      message: 'Cannot write “x.attache”: its folder does not exist.',
    });
  });

  it('autosaves a recovery copy that the next start finds, and a save discards it', async () => {
    const { dir, files, briefing } = await setup();
    await files.autosave(briefing);
    const later = new BriefingFiles(path.join(dir, 'state'), { choosePath: async () => undefined });
    expect(await later.recovery()).toMatchObject({ file: null, briefing });
    await files.save(briefing, false);
    expect(await later.recovery()).toBeNull();
  });

  it('never writes an empty briefing over a recovery copy that has content', async () => {
    const { files, briefing } = await setup();
    expect(await files.autosave(briefing)).toEqual({ ok: true });
    expect(await files.autosave(emptyBriefing())).toEqual({ ok: true });
    expect((await files.recovery())?.briefing).toEqual(briefing);
    const edited = { ...briefing, title: 'Edited' };
    await files.autosave(edited);
    expect((await files.recovery())?.briefing).toEqual(edited);
  });

  it('a save killed at random points always leaves a briefing that opens (before or after)', { timeout: 300_000 }, async () => {
    const libraryDir = await tempDir('kill-save-lib');
    await importOrThrow(await AttacheService.open({ libraryDir }), path.join(CORPORA_DIR, 'bbc', 'politics'));
    const { dir } = await setup();
    const file = path.join(dir, 'big.attache');
    const stateDir = path.join(dir, 'kill-state');
    const files = new BriefingFiles(stateDir, { choosePath: async () => file });
    await files.save({ ...emptyBriefing(), title: 'Before' }, false);
    const titles: string[] = [];
    for (let kill = 0; kill < 6; kill++) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', path.join(PROJECT_DIR, 'test/support/saveChild.ts'), libraryDir, stateDir, file],
          { cwd: PROJECT_DIR },
        );
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('round 1')) setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 1000));
        });
        child.on('error', reject);
        child.on('exit', () => resolve());
      });
      const opened = await files.open(file);
      expect(opened.ok, opened.ok ? '' : opened.message).toBe(true);
      if (opened.ok) titles.push(opened.briefing.title + (opened.notice ? ' (restored)' : ''));
    }
    console.log(`kill save: 6 kills survived; the file opened as: ${titles.join(', ')}`);
    for (const title of titles) expect(title).toMatch(/^(Before|Round \d+)( \(restored\))?$/);
  });
});

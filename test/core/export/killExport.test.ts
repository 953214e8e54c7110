// Killing the process at any moment of an export never leaves a broken document: the file on disk is
// always a whole .docx, the one before or the one after.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import { AttacheService } from '../../../electron/core/service';
import { CORPORA_DIR, PROJECT_DIR, tempDir } from '../../support/paths';
import { importOrThrow } from '../../support/imports';

const KILLS = 6;

function exportUntilKilled(libraryDir: string, outFile: string, afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'test/support/exportChild.ts'), libraryDir, outFile], {
      cwd: PROJECT_DIR,
    });
    let last = 'started';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString().trim().split('\n');
      last = lines.at(-1)!;
      if (last === 'round 1') setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(last));
  });
}

async function documentTitle(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return /<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</.exec(xml)?.[1] ?? '';
}

describe('an export killed at random points', () => {
  it(`always leaves a whole document (${KILLS} kills)`, { timeout: 300_000 }, async () => {
    const libraryDir = await tempDir('kill-export');
    const service = await AttacheService.open({ libraryDir });
    await importOrThrow(service, path.join(CORPORA_DIR, 'bbc', 'politics'));
    const outFile = path.join(await tempDir('kill-export-out'), 'brief.docx');
    await service.exportTo({ ...emptyBriefing(), title: 'Before' }, outFile);
    const seen: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const killedIn = await exportUntilKilled(libraryDir, outFile, Math.floor(Math.random() * 1500));
      const title = await documentTitle(outFile);
      expect(title).toMatch(/^(Before|Round \d+)$/);
      seen.push(`${killedIn} → file is “${title}”`);
    }
    console.log(`kill export: ${KILLS} kills survived: ${seen.join('; ')}`);
  });
});

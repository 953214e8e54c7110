// Electronegativity (Doyensec's Electron security scanner) over the app's sources: main, preload and
// renderer together, as its global checks need. No finding may be above INFORMATIONAL; the exceptions
// are justified where they apply (eng-disable comments in electron/main/main.ts and renderer/index.html).
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR, tempDir } from '../support/paths';

const SCANNER = path.join(PROJECT_DIR, 'test', 'support', 'electronegativityScan.mjs');

interface Finding {
  check: string;
  severity: string;
  file: string;
}

async function scan(dir: string): Promise<Finding[]> {
  const { version } = JSON.parse(await readFile(path.join(PROJECT_DIR, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  };
  const output = path.join(dir, 'findings.json');
  await promisify(execFile)(process.execPath, [SCANNER, dir, version, output], { timeout: 120_000 });
  const { findings, errors } = JSON.parse(await readFile(output, 'utf8')) as {
    findings: Finding[];
    errors: { file: string; message: string; tolerable: boolean }[];
  };
  // A file the scanner cannot parse is a file it did not check.
  expect(errors.filter((error) => !error.tolerable)).toEqual([]);
  return findings;
}

describe('Electronegativity', () => {
  it('finds nothing above informational in the app', { timeout: 180_000 }, async () => {
    const dir = await tempDir('electronegativity');
    await cp(path.join(PROJECT_DIR, 'electron'), path.join(dir, 'electron'), { recursive: true });
    await mkdir(path.join(dir, 'renderer'));
    await cp(path.join(PROJECT_DIR, 'renderer', 'src'), path.join(dir, 'renderer', 'src'), { recursive: true });
    await cp(path.join(PROJECT_DIR, 'renderer', 'index.html'), path.join(dir, 'renderer', 'index.html'));
    await cp(path.join(PROJECT_DIR, 'package.json'), path.join(dir, 'package.json'));
    const findings = await scan(dir);
    console.log(
      `electronegativity: ${findings.length} finding(s): ${findings.map((finding) => `${finding.check} ${finding.severity}`).join(', ')}`,
    );
    expect(findings.filter((finding) => finding.severity !== 'INFORMATIONAL')).toEqual([]);
  });

  it('does report a window with Node integration and no isolation (so the check above can fail)', { timeout: 180_000 }, async () => {
    const dir = await tempDir('electronegativity-canary');
    await writeFile(
      path.join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'canary', devDependencies: { electron: '41.0.0' } }));
    const findings = await scan(dir);
    expect(findings.map((finding) => finding.check)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
  });
});

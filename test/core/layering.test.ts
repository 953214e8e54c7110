// STYLE.md: the core runs without Electron and imports only downwards; the renderer imports only types from the contract.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../support/paths';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

const importsOf = (source: string): string[] =>
  [
    ...source.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');

describe('layering', () => {
  it('no file of the core imports electron', async () => {
    const files = await sourceFiles(path.join(PROJECT_DIR, 'electron', 'core'));
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const file of files) {
      const imports = importsOf(await readFile(file, 'utf8'));
      if (imports.some((specifier) => specifier === 'electron' || specifier.startsWith('electron/'))) offenders.push(file);
      if (imports.some((specifier) => /(^|\/)(main|preload)\/|renderer\/|cli(\.js)?$/.test(specifier))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('the import scanner sees electron imports in every form', () => {
    expect(importsOf("import { app } from 'electron';")).toEqual(['electron']);
    expect(importsOf("const e = require('electron')")).toEqual(['electron']);
    expect(importsOf("await import('electron')")).toEqual(['electron']);
  });

  it('electron/shared imports nothing but types from the contract', async () => {
    for (const file of await sourceFiles(path.join(PROJECT_DIR, 'electron', 'shared'))) {
      const source = await readFile(file, 'utf8');
      for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s*['"]([^'"]+)['"]/gm))
        expect({ file, typeOnly: Boolean(match[1]), from: match[2] }).toEqual({ file, typeOnly: true, from: '../contract.js' });
    }
  });

  it('the renderer imports from the contract only as types', async () => {
    for (const file of await sourceFiles(path.join(PROJECT_DIR, 'renderer', 'src'))) {
      const source = await readFile(file, 'utf8');
      for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s*['"]([^'"]+)['"]/gm)) {
        // electron/shared holds pure rules (no Node, no Electron) that both sides apply
        if (match[2]?.includes('electron/') && !match[2].includes('electron/shared/'))
          expect({ file, typeOnly: Boolean(match[1]) }).toEqual({ file, typeOnly: true });
      }
    }
  });
});

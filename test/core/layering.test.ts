// The layer table (build/layers.mjs) holds for every source file, and its check catches what it must: a
// file outside every layer, library/ importing search/, the core importing Electron, the renderer
// importing more than types from the contract.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImport, importsOf, layerOf, layerViolations } from '../../build/layers.mjs';
import { PROJECT_DIR, tempDir } from '../support/paths';

/** A project tree of the given files (path → source), in a temporary folder. */
async function treeOf(files: Record<string, string>): Promise<string> {
  const root = await tempDir('layers');
  for (const [file, source] of Object.entries(files)) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), source);
  }
  return root;
}

describe('layering', () => {
  it('every file of electron/ and renderer/src/ is in a layer and imports only what its layer may', () => {
    expect(layerViolations(PROJECT_DIR)).toEqual([]);
  });

  it('fails for a file outside every layer, and for library/ importing search/', async () => {
    const root = await treeOf({
      'electron/core/library/sneaky.ts': "import { SearchIndex } from '../search/engine/searchIndex.js';\nexport const x = SearchIndex;\n",
      'electron/core/stray/orphan.ts': 'export const orphan = 1;\n',
      'electron/core/library/fine.ts': "import type { Article } from '../../contract.js';\nimport { z } from 'zod';\n",
    });
    expect(layerViolations(root)).toEqual([
      'electron/core/library/sneaky.ts: library may not import search (../search/engine/searchIndex.js); it uses contract, core-base, places',
      'electron/core/stray/orphan.ts: in no layer',
    ]);
  });

  it('keeps Electron in main and preload, and Node out of the browser', () => {
    expect(checkImport('electron/core/service.ts', 'electron', false)).toMatch(/runs without Electron/);
    expect(checkImport('electron/main/main.ts', 'electron', false)).toBeUndefined();
    expect(checkImport('renderer/src/App.tsx', 'node:fs', false)).toMatch(/runs in the browser/);
    expect(checkImport('electron/core/briefing/model/templates.ts', 'node:path', false)).toMatch(/runs in the browser/);
  });

  it('lets the renderer import only types from the contract, and the pure briefing model', () => {
    expect(checkImport('renderer/src/api.ts', '../../electron/contract', false)).toMatch(/only types/);
    expect(checkImport('renderer/src/api.ts', '../../electron/contract', true)).toBeUndefined();
    expect(checkImport('renderer/src/state/appState.ts', '../../../electron/core/briefing/model/templates', false)).toBeUndefined();
    expect(checkImport('renderer/src/state/appState.ts', '../../../electron/core/service', true)).toMatch(/may not import service/);
  });

  it('sees imports in every form', () => {
    expect(importsOf("import { app } from 'electron';")).toEqual([{ specifier: 'electron', typeOnly: false }]);
    expect(importsOf("import type { A } from './a.js';")).toEqual([{ specifier: './a.js', typeOnly: true }]);
    expect(importsOf("export * from './b.js';")).toEqual([{ specifier: './b.js', typeOnly: false }]);
    expect(importsOf("const e = require('electron')")).toEqual([{ specifier: 'electron', typeOnly: false }]);
    expect(importsOf("await import('electron')")).toEqual([{ specifier: 'electron', typeOnly: false }]);
    expect(importsOf("import './side-effect.js';")).toEqual([{ specifier: './side-effect.js', typeOnly: false }]);
    expect(layerOf('electron/core/search/engine/segment.ts')?.name).toBe('search');
  });
});

// Each call is declared once: its name stands in the contract's table and in the service method of the
// same name, and elsewhere in the app's source only where it is used (the renderer's components and
// state, the command line). Channels, the preload's object and the renderer's client derive from the table.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callNames, calls } from '../../electron/contract';
import { AttacheService } from '../../electron/core/service';
import { PROJECT_DIR } from '../support/paths';

/** The source without comments and string literals: what is left are the names the code uses. */
function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

async function sourceFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const root of ['electron', 'renderer/src']) {
    for (const entry of await readdir(path.join(PROJECT_DIR, root), { recursive: true, withFileTypes: true }))
      if (entry.isFile() && /\.tsx?$/.test(entry.name)) files.push(path.relative(PROJECT_DIR, path.join(entry.parentPath, entry.name)));
  }
  return files;
}

/** Where a call's name may stand: its declaration, its implementation, and the front ends that use it. */
const DECLARED = ['electron/contract.ts', 'electron/core/service.ts'];
const USERS = /^(renderer\/src\/(components|state)\/|renderer\/src\/App\.tsx$|electron\/cli\.ts$)/;

describe('the contract', () => {
  it('names each call in its table and its service method, and elsewhere only where it is used', async () => {
    const files = await sourceFiles();
    const code = new Map(
      await Promise.all(files.map(async (file) => [file, codeOf(await readFile(path.join(PROJECT_DIR, file), 'utf8'))] as const)),
    );
    const elsewhere: string[] = [];
    for (const name of callNames) {
      const word = new RegExp(`\\b${name}\\b`);
      for (const file of DECLARED) expect(word.test(code.get(file)!), `${name} in ${file}`).toBe(true);
      for (const [file, text] of code)
        if (!DECLARED.includes(file) && !USERS.test(file) && word.test(text)) elsewhere.push(`${name}: ${file}`);
    }
    expect(elsewhere).toEqual([]);
  });

  it('has a service method for every call, and the service answers through them', () => {
    for (const name of callNames) expect(typeof AttacheService.prototype[name], name).toBe('function');
    expect(Object.keys(calls)).toEqual(callNames);
  });

  it('the renderer reaches every call through one proxy that lists none of them', async () => {
    const client = await readFile(path.join(PROJECT_DIR, 'renderer', 'src', 'api.ts'), 'utf8');
    for (const name of callNames) expect(new RegExp(`\\b${name}\\b`).test(codeOf(client)), name).toBe(false);
    const seen: { name: string; args: unknown[] }[] = [];
    const stub = new Proxy(
      {},
      {
        get:
          (_target, name: string) =>
          (...args: unknown[]) =>
            seen.push({ name, args }),
      },
    );
    Object.assign(globalThis, { window: { attache: stub } });
    const { api } = await import('../../renderer/src/api');
    await api.pressDigest({} as never, 'Cuba', {});
    expect(seen).toEqual([{ name: 'pressDigest', args: [{}, 'Cuba', {}] }]);
  });
});

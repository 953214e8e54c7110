// The layers of Attaché's source as an allow-list: each file of electron/ and renderer/src/ belongs to the
// first layer whose pattern matches it, and may import only its own layer and the layers it `uses`. A
// file in no layer is an error. ESLint (eslint.config.js) and test/core/layering.test.ts both apply
// checkImport below, so the rule and its test cannot drift apart.
//
// Where a layer runs decides what else it may import: `browser` code (the renderer, the contract, the
// pure briefing model they share) neither Node's built-ins nor Electron; `node` code (the core, the
// command line) Node but never Electron; `electron` code (main, preload) both.
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LAYERS = [
  { name: 'contract', files: ['electron/contract.ts', 'electron/contract/**'], uses: [], runs: 'browser' },
  { name: 'briefing-model', files: ['electron/core/briefing/model/**'], uses: ['contract'], runs: 'browser' },
  {
    name: 'core-base',
    files: [
      'electron/core/atomicFile.ts',
      'electron/core/sealedFile.ts',
      'electron/core/writeFailure.ts',
      'electron/core/shell.ts',
      'electron/core/appPaths.ts',
    ],
    uses: ['contract'],
    runs: 'node',
  },
  { name: 'places', files: ['electron/core/places/**'], uses: [], runs: 'node' },
  { name: 'library', files: ['electron/core/library/**'], uses: ['contract', 'core-base', 'places'], runs: 'node' },
  { name: 'search', files: ['electron/core/search/**'], uses: ['contract', 'core-base', 'places'], runs: 'node' },
  { name: 'insights', files: ['electron/core/insights/**'], uses: ['contract', 'core-base', 'library', 'search'], runs: 'node' },
  { name: 'briefing', files: ['electron/core/briefing/**'], uses: ['contract', 'core-base', 'briefing-model'], runs: 'node' },
  { name: 'export', files: ['electron/core/export/**'], uses: ['contract', 'core-base', 'briefing-model'], runs: 'node' },
  { name: 'jobs', files: ['electron/core/jobs/**'], uses: ['contract', 'core-base', 'library', 'search', 'insights'], runs: 'node' },
  {
    name: 'service',
    files: ['electron/core/service.ts'],
    uses: ['contract', 'core-base', 'briefing-model', 'library', 'search', 'insights', 'briefing', 'export', 'jobs'],
    runs: 'node',
  },
  { name: 'main', files: ['electron/main/**'], uses: ['contract', 'core-base', 'service'], runs: 'electron' },
  { name: 'preload', files: ['electron/preload/**'], uses: ['contract'], runs: 'electron' },
  { name: 'cli', files: ['electron/cli.ts'], uses: ['contract', 'briefing-model', 'core-base', 'export', 'service'], runs: 'node' },
  { name: 'renderer', files: ['renderer/src/**'], uses: ['contract', 'briefing-model'], typesOnly: ['contract'], runs: 'browser' },
];

/** The folders whose every source file must be in a layer. */
export const LAYERED_ROOTS = ['electron', 'renderer/src'];

const withoutExtension = (file) => file.replace(/\.(d\.ts|tsx?|mjs|cjs|js)$/, '');

/** The layer of a file (path relative to the project, with / separators), or undefined. */
export function layerOf(file) {
  const bare = withoutExtension(file);
  return LAYERS.find((layer) =>
    layer.files.some((pattern) => (pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : withoutExtension(pattern) === bare)),
  );
}

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]);

/**
 * Why `file` may not import `specifier`, or undefined when it may. `file` is relative to the project
 * root with / separators; `typeOnly` says the import brings in types alone (`import type`).
 */
export function checkImport(file, specifier, typeOnly) {
  const layer = layerOf(file);
  if (!layer) return `${file} is in no layer: add it to a layer of build/layers.mjs (or move it into one)`;
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return layer.runs === 'electron' ? undefined : `${layer.name} runs without Electron: only main and preload import it`;
  }
  if (isNodeBuiltin(specifier)) {
    return layer.runs === 'browser' ? `${layer.name} runs in the browser: it cannot import Node's ${specifier}` : undefined;
  }
  if (!specifier.startsWith('.')) return undefined; // an npm package
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  const targetLayer = layerOf(target);
  if (!targetLayer) return `${specifier} is outside every layer`;
  if (targetLayer === layer) return undefined;
  if (!layer.uses.includes(targetLayer.name))
    return `${layer.name} may not import ${targetLayer.name} (${specifier}); it uses ${layer.uses.join(', ') || 'nothing'}`;
  if (layer.typesOnly?.includes(targetLayer.name) && !typeOnly)
    return `${layer.name} imports only types from ${targetLayer.name}: use "import type"`;
  return undefined;
}

/** Every import of a source text, with whether it brings in types only. */
export function importsOf(source) {
  const found = [];
  const pattern =
    /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const match of source.matchAll(pattern)) {
    if (match[3]) found.push({ specifier: match[3], typeOnly: Boolean(match[2]) });
    else found.push({ specifier: match[4] ?? match[5], typeOnly: false });
  }
  return found;
}

/** Every breach of the layer table under `root` (a project tree): files in no layer, imports a layer may not make. */
export function layerViolations(root) {
  const violations = [];
  for (const top of LAYERED_ROOTS) {
    const dir = path.join(root, top);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(tsx?|mjs)$/.test(entry.name)) continue;
      const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (!layerOf(file)) {
        violations.push(`${file}: in no layer`);
        continue;
      }
      for (const { specifier, typeOnly } of importsOf(readFileSync(path.join(root, file), 'utf8'))) {
        const problem = checkImport(file, specifier, typeOnly);
        if (problem) violations.push(`${file}: ${problem}`);
      }
    }
  }
  return violations;
}

/** The ESLint plugin: one rule that applies checkImport to every import of a file. */
export const layeringPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', docs: { description: 'Imports follow the layer table of build/layers.mjs' }, schema: [] },
      create(context) {
        const file = path.relative(context.cwd, context.filename).split(path.sep).join('/');
        const report = (node, specifier, typeOnly) => {
          const problem = checkImport(file, specifier, typeOnly);
          if (problem) context.report({ node, message: problem });
        };
        const fromSource = (node) => {
          if (node.source && typeof node.source.value === 'string')
            report(node, node.source.value, node.importKind === 'type' || node.exportKind === 'type');
        };
        return {
          Program(node) {
            if (!layerOf(file)) context.report({ node, message: `${file} is in no layer: add it to a layer of build/layers.mjs` });
          },
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression(node) {
            if (node.source.type === 'Literal' && typeof node.source.value === 'string') report(node, node.source.value, false);
          },
          CallExpression(node) {
            const [argument] = node.arguments;
            if (node.callee.type === 'Identifier' && node.callee.name === 'require' && argument?.type === 'Literal')
              report(node, String(argument.value), false);
          },
        };
      },
    },
  },
};

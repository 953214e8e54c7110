// Lint: typescript-eslint strict, plus the layering rules of STYLE.md: the core never imports electron
// or the app's front ends, and the renderer imports only types from the contract.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core runs without Electron: keep Electron in electron/main or electron/preload.' }],
          patterns: [{ group: ['**/main/*', '**/preload/*', '**/renderer/**', '**/cli*'], message: 'The core imports only downwards.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through api.ts.' }],
          patterns: [
            {
              group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer reaches main only through api.ts.',
            },
            {
              group: ['**/electron/contract*'],
              allowTypeImports: true,
              message: 'The renderer imports only types from the contract (and pure rules from electron/shared).',
            },
          ],
        },
      ],
    },
  },
);

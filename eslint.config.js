// Lint: typescript-eslint strict, plus the layer table (build/layers.mjs): every source file is in a
// layer and imports only the layers it may use.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layeringPlugin } from './build/layers.mjs';

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
    // the layer table of build/layers.mjs, as an allow-list; the same check runs in test/core/layering.test.ts
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { layering: layeringPlugin },
    rules: { 'layering/allowed-imports': 'error' },
  },
  {
    files: ['renderer/src/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'error' },
  },
);

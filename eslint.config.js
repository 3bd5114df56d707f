// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const noCrossFeature = require('./eslint-rules/no-cross-feature');

/** Process boundaries (STYLE.md): who may import what. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

/** Production main never reaches test code, tools (simulators, demo entries) or demo seeding. */
const productionOnly = {
  group: ['**/tests/**', '**/tools/**', '**/db/seed/**'],
  message:
    'electron/main não importa tests/, tools/ nem db/seed/ (só as entradas de demonstração em tools/demo).',
};

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'electron/types/electron.d.ts',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, features: { rules: { 'no-cross-feature': noCrossFeature } } },
    rules: {
      'features/no-cross-feature': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      ...restrict(
        ['**/electron/**', '**/db/**', 'electron', 'better-sqlite3', 'node:*'],
        'renderer/ não importa electron/, db/ nem Node.',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['node:*', 'react', 'react-dom', 'electron', 'better-sqlite3', '**/electron/**', '**/renderer/**'],
      'shared/ não importa Node, React nem Electron.',
    ),
  },
  {
    // Only the IPC transport may touch ipcMain; only preload may touch ipcRenderer.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer', 'contextBridge'],
              message: 'ipcMain só em electron/main/ipc.',
            },
          ],
          patterns: [productionOnly],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcRenderer', 'contextBridge'],
              message: 'ipcRenderer só em electron/preload.',
            },
          ],
          patterns: [productionOnly],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts', 'tests/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'IPC só nos transportes.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node built-ins, in both spellings: `node:fs` and `fs`. */
const nodeBuiltins = { regex: '^(node:.*|fs|path|os|crypto|child_process|http|https|net|url|util|stream|worker_threads)(/.*)?$', message: 'electron/common and the renderer do no I/O: Node built-ins are for electron/node and db.' };
const electronModule = { regex: '^electron(/.*)?$', message: "Only electron/main and electron/preload may import 'electron' (DESIGN.md, boundaries)." };
const nativeModules = { regex: '^(better-sqlite3.*|node-hid|ws|drizzle-orm.*)$', message: 'Native and database modules belong to electron/node and db.' };

/**
 * Layer boundaries of DESIGN.md, checked on the import strings (the project uses relative imports only):
 * electron/node and db never import 'electron'; the renderer never imports electron/node or db;
 * electron/common imports nothing with I/O.
 */
const boundaries = [
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        nodeBuiltins, electronModule, nativeModules,
        { regex: '^(\\.\\./)+(node|main|preload)(/|$)', message: 'electron/common must not import the backend or the Electron shell.' },
        { regex: '^(\\.\\./)+db(/|$)', message: 'electron/common must not import db.' },
      ] }],
    },
  },
  {
    files: ['electron/node/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        electronModule,
        { regex: '(^|/)(main|preload)(/|$)', message: 'The backend must not import the Electron shell.' },
        { regex: '(^|/)renderer(/|$)', message: 'The backend must not import the renderer.' },
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        nodeBuiltins, electronModule, nativeModules,
        { regex: '(^|/)electron/(node|main|preload)(/|$)', message: 'The renderer talks to the backend only through the contract client.' },
        { regex: '(^|/)db(/|$)', message: 'The renderer never touches the database.' },
      ] }],
    },
  },
  {
    files: ['hub/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        electronModule,
        {
          regex: '^(\\.\\./)+(?!electron/common/sync/|electron/common/domain/(reports/(small-cells|people-labels|social-status)|beneficiaries/(criteria|genre)|workshops/coop)$)(electron|db|renderer|resources|tests)(/|$)',
          message: 'The hub is its own service: from the rest of the repository it imports only electron/common/sync (the wire protocol), the small-cell suppression and the closed lists with their labels (pure code in electron/common/domain).',
        },
      ] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        nodeBuiltins, nativeModules,
        { regex: '(^|/)(node|main)(/|$)', message: 'The preload hands over a port, nothing else.' },
        { regex: '(^|/)db(/|$)', message: 'The preload never touches the database.' },
      ] }],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', '.guichet/**', '.guichet-demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  ...boundaries,
);

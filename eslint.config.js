import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import boundaries between the layers (DESIGN.md): enforced here, not by convention. */
const nodeBuiltins = { group: ['node:*'], message: 'The renderer has no Node access.' };
const electronCode = {
  group: ['**/electron/**', 'electron', 'electron/*'],
  message: 'The renderer talks to main only through window.accord (the contract).',
};
const databaseDrivers = {
  group: ['better-sqlite3*', 'kysely', 'kysely/*'],
  message: 'Only the app core touches the database.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.tools',
      'dist-electron',
      'dist-renderer',
      'release',
      'test-output',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests state what they expect with `!` where a missing value should fail the test anyway.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [nodeBuiltins, electronCode, databaseDrivers],
          paths: ['fs', 'path', 'os', 'crypto', 'child_process'].map((name) => ({
            name,
            message: 'The renderer has no Node access.',
          })),
        },
      ],
    },
  },
  {
    files: ['electron/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The app core runs under plain Node: no Electron.' },
          ],
          patterns: [
            {
              group: ['../../renderer/**', '**/renderer/**'],
              message: 'The core never imports UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            databaseDrivers,
            {
              group: ['electron', '**/electron/**', '**/renderer/**'],
              message: 'shared/ imports neither side.',
            },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // shared/ is pure: no Node, no DOM, no electron, no renderer.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'os',
                'crypto',
                'electron',
                'better-sqlite3',
                'exceljs',
                'react',
                'react-dom',
              ],
              message: 'shared/ stays pure: no Node, DOM, Electron or UI imports.',
            },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the main process only through the API contract.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'better-sqlite3', 'node:*'],
              message: 'The renderer talks to the main process only through the API contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the Electron glue may import electron; services stay testable under plain Node.
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload.ts', 'electron/main/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main/ and electron/preload.ts import electron.',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }],
        },
      ],
    },
  },
  {
    // Links leave the app only through openExternalSafely (http/https checked), in one file.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'scripts/**/*.{ts,mjs,js}'],
    ignores: ['electron/main/security.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'shell',
          property: 'openExternal',
          message: 'Use openExternalSafely from electron/main/security.ts.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='openExternal'], MemberExpression[property.value='openExternal']",
          message: 'Use openExternalSafely from electron/main/security.ts.',
        },
        {
          selector: "ObjectPattern > Property[key.name='openExternal']",
          message: 'Use openExternalSafely from electron/main/security.ts.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What each folder of electron/ must not import (beyond electron and the renderer), as the first
 * folder name after the "../" of a relative import: `../services/x` from electron/workbook.
 * The workbook reader and writers and the store are the bottom layers; the services use them;
 * the API, the command line and the browser mode use the services; electron/main/ glues them.
 */
const ELECTRON_LAYERS = {
  'electron/workbook/**/*.ts': ['services', 'api', 'cli', 'web', 'main', 'store'],
  'electron/store/**/*.ts': ['services', 'api', 'cli', 'web', 'main', 'workbook'],
  'electron/report/**/*.ts': ['services', 'api', 'cli', 'web', 'main', 'store'],
  'electron/services/**/*.ts': ['api', 'cli', 'web', 'main'],
};

function electronImportRules() {
  const electronOnlyInGlue = {
    name: 'electron',
    message: 'Only electron/main/ and electron/preload.ts import electron.',
  };
  const noRenderer = { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' };
  const rule = (forbidden) => [
    'error',
    {
      paths: [electronOnlyInGlue],
      patterns: [
        noRenderer,
        ...(forbidden.length
          ? [
              {
                regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
                message: `This layer of electron/ must not import ${forbidden.map((f) => f + '/').join(', ')} (see ELECTRON_LAYERS in eslint.config.js).`,
              },
            ]
          : []),
      ],
    },
  ];
  return [
    {
      files: ['electron/**/*.ts'],
      ignores: ['electron/preload.ts', 'electron/main/**'],
      languageOptions: { globals: globals.node },
      rules: { 'no-restricted-imports': rule([]) },
    },
    ...Object.entries(ELECTRON_LAYERS).map(([files, forbidden]) => ({
      files: [files],
      rules: { 'no-restricted-imports': rule(forbidden) },
    })),
  ];
}

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
  // Inside electron/: only the glue imports electron, nothing imports the renderer, and each layer
  // imports only the layers below it (ELECTRON_LAYERS). One rule per folder, since a later
  // no-restricted-imports replaces an earlier one: add a layer's limits to the table, not a block.
  ...electronImportRules(),
  {
    // One path per action: the API, the browser bridge and the command line reach the data only
    // through electron/services (the same checks and refusals everywhere), never electron/store.
    // (Repeats the electron/ restrictions above: a later no-restricted-imports replaces them.)
    files: ['electron/api/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/main/ and electron/preload.ts import electron.' },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' },
            {
              group: ['**/store/*', '**/store'],
              message: 'Call a service in electron/services/ (the one path of the app), not electron/store.',
            },
          ],
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

// ESLint flat config. The architecture is a lint error: src/model and src/layout are pure
// (no Lit, no d3-selection, nothing from the view, app or cli layers), src/view never reaches
// into src/app or src/cli. See DESIGN.md "Layers".
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const pureLayerImports = {
  patterns: [
    {
      group: ['lit', 'lit/*', '@lit/*', 'd3-selection', 'd3-transition', 'd3', 'codemirror', '@codemirror/*'],
      message: 'src/model and src/layout are pure: no DOM or UI libraries.',
    },
    {
      group: ['**/view/**', '**/app/**', '**/cli/**', 'node:*', 'fs', 'path'],
      message: 'src/model and src/layout may not import the view, app or cli layers, nor Node built-ins.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.harness/', 'src/app/i18n/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Export names explicitly (one export list per layer).' },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/layout/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', pureLayerImports] },
  },
  {
    files: ['src/view/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/cli/**'], message: 'src/view may not import the app or cli layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: 'src/app may not import the cli layer.' }] },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/view/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);

/**
 * ESLint 9 flat config: typescript-eslint recommended, the Office add-in rules from eslint-plugin-office-addins
 * (one round trip per check: no context.sync in loops, load before read, sync before read), and
 * eslint-config-prettier last so formatting is left to Prettier (`npm run prettier`).
 */
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'assets/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'no-eval': 'error',
      // Sanitising control characters (XML 1.0, mail headers, legacy encodings) is part of the job here.
      'no-control-regex': 'off',
      // `[/.\-]` style escapes are harmless; shown, not fatal.
      'no-useless-escape': 'warn',
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      // Warn, not error: the rule cannot see that `collection.load('tag')` loads `items`, nor that a ClientResult
      // (`getXml().value`) needs no load, so it flags correct code; the spelling it accepts (`load('items/tag')`)
      // is rejected by office-addin-mock. Findings stay visible in `npm run lint`.
      'office-addins/load-object-before-read': 'warn',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // src/core is pure TypeScript (DESIGN.md §2): no Office, React, DOM-bound or Node import. Layers and cycles are
    // checked by dependency-cruiser (.dependency-cruiser.cjs); DOM and Node globals by tsconfig.core.json.
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...require('node:module').builtinModules, 'react', 'react-dom', 'office-js', '@microsoft/office-js', 'office-addin-mock'].map((name) => ({
            name,
            message: 'src/core is pure TypeScript: no Office, React, DOM or Node imports.',
          })),
          patterns: [
            { group: ['node:*', 'react/*', 'react-dom/*', '@fluentui/*', '@testing-library/*', '@microsoft/*', 'office-*'], message: 'src/core is pure TypeScript: no Office, React, DOM or Node imports.' },
            { group: ['**/word/*', '**/docx/*', '**/ooxml/*', '**/taskpane/*', '**/mail/*', '**/cli/*', '**/commands/*', '**/storage/*', '**/export/*', '**/inbox/*'], message: 'src/core imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    // Only src/word talks to Office.js (DESIGN.md §5.1).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/word/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['office-js', '@microsoft/office-js', 'office-addin-mock'].map((name) => ({ name, message: 'Only src/word calls Office.' })),
          patterns: [{ group: ['@microsoft/office-js/*', 'office-addin-mock/*'], message: 'Only src/word calls Office.' }],
        },
      ],
    },
  },
  {
    // Classes of single combining marks (NFD Vietnamese tone marks) are deliberate in the text module.
    files: ['src/core/text/**'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    // Test doubles of untyped Office mocks may use `any`; shown, not fatal.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
  {
    // Node scripts and configs written in JavaScript.
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  prettier,
);

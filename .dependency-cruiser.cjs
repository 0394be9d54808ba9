/**
 * Import rules of the product (ARCHITECTURE.md), checked by dependency-cruiser in `npm test` (`npm run depcruise`):
 * no import cycle between files or folders, and each layer imports only the layers below it.
 *
 *   core  <-  ooxml  <-  docx  <-  word, mail, export, cli, storage  <-  commands, signin, taskpane;  core  <-  inbox (page)
 *
 * Inside src/taskpane the folders layer too (no folder cycle): app -> shell, views -> ui -> state.
 */
'use strict';

const layer = (name, allowed) => ({
  name: `layer-${name}`,
  comment: `src/${name} imports only ${allowed.length ? allowed.map((a) => 'src/' + a).join(', ') : 'itself'} (and packages)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^(src|server|test|bench|scripts)/', pathNot: [`^src/${name}/`, ...allowed.map((a) => `^src/${a}/`)] },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between files (a cycle closed only by a type-only import is allowed: it does not exist at run time).',
      severity: 'error',
      from: { path: '^(src|server)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-folders',
      comment: 'No import cycle between folders.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    layer('core', []),
    layer('ooxml', ['core']),
    layer('docx', ['core', 'ooxml']),
    layer('word', ['core', 'ooxml', 'docx']),
    layer('mail', ['core', 'ooxml', 'docx']),
    layer('export', ['core']),
    layer('cli', ['core', 'ooxml', 'docx', 'mail', 'export']),
    // The settings kept in the browser (localStorage): read by the pane and by the ribbon commands (their language).
    layer('storage', ['core']),
    // The office's inbox page (its own webpack entry) speaks to the server's API only.
    layer('inbox', ['core']),
    layer('commands', ['core', 'ooxml', 'docx', 'word', 'storage']),
    // The Office dialog's Microsoft 365 sign-in page (where Nested App Authentication is missing).
    layer('signin', ['core', 'word', 'mail']),
    layer('taskpane', ['core', 'ooxml', 'docx', 'word', 'mail', 'storage']),
    {
      name: 'no-office-outside-word',
      comment: 'Only src/word talks to Office.js (DESIGN.md §5.1); the type package is fine for .d.ts-only use elsewhere.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/word/' },
      to: { path: '(^|/)node_modules/(@microsoft/office-js|office-addin-mock)/' },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core imports no package that needs React, the DOM or Node.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};

#!/usr/bin/env node
/*
 * Launcher of the `bao-cao-thanh-tich` command line.
 * Runs the compiled bundle dist/cli/bao-cao-thanh-tich.cjs (built by `npm run build:cli`, also on `npm install`).
 * Without the bundle, runs the TypeScript source through `tsx` when it is installed, else says how to build.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'bao-cao-thanh-tich.cjs');

if (fs.existsSync(bundle)) {
  require(bundle);
} else {
  const source = path.join(root, 'src', 'cli', 'main.ts');
  let tsxCli = null;
  try {
    tsxCli = require.resolve('tsx/cli', { paths: [root] });
  } catch {
    tsxCli = null;
  }
  if (tsxCli && fs.existsSync(source)) {
    const { spawnSync } = require('node:child_process');
    const result = spawnSync(process.execPath, [tsxCli, source, ...process.argv.slice(2)], { stdio: 'inherit' });
    if (result.error) {
      process.stderr.write(`bao-cao-thanh-tich: ${result.error.message}\n`);
      process.exit(2);
    }
    process.exit(result.status === null ? 2 : result.status);
  } else {
    process.stderr.write(
      'bao-cao-thanh-tich: chưa có bản dựng của công cụ dòng lệnh. Hãy chạy: npm run build:cli\n' +
        'bao-cao-thanh-tich: the command line is not built yet. Run: npm run build:cli\n',
    );
    process.exit(2);
  }
}

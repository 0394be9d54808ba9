#!/usr/bin/env node
/**
 * `npm run server [-- command args]`: the office server. In a development checkout (tsx installed) it runs the
 * TypeScript sources with tsx, so edits take effect; in a production install (`npm ci --omit=dev`, no tsx) it runs
 * the bundle built by `npm run build:server` (dist/server/main.cjs) with plain node.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
let command;
try {
  command = [require.resolve('tsx/cli'), path.join(root, 'server/main.ts'), ...args];
} catch {
  const bundle = path.join(root, 'dist/server/main.cjs');
  if (!existsSync(bundle)) {
    console.error('dist/server/main.cjs is missing: run `npm run build:server` where the development tools are installed.');
    process.exit(1);
  }
  command = [bundle, ...args];
}
const child = spawn(process.execPath, command, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

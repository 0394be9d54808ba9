#!/usr/bin/env node
/**
 * `npm install` / `npm ci` lifecycle (prepare): builds the command-line bundle and the server bundle when the
 * development tools are installed. A production install (`npm ci --omit=dev`) has no esbuild: it then keeps the
 * bundles that were built and copied with dist/, instead of failing the install.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  console.log('prepare: esbuild is not installed (production install); using the prebuilt dist/cli and dist/server.');
  process.exit(0);
}
for (const script of ['build-cli.mjs', 'build-server.mjs']) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script)], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

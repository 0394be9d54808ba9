#!/usr/bin/env node
/**
 * Bundle the office server (server/main.ts and what it imports from src/) into one CommonJS file for Node 20,
 * dist/server/main.cjs, so production runs it with plain `node` (tsx is a development tool). Packages stay
 * external: they come from `npm ci --omit=dev` (better-sqlite3 and argon2 are native modules).
 *
 * Written to a temporary file and renamed into place (safe with parallel builds).
 * Usage: node scripts/build-server.mjs [--outfile PATH]
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--outfile');
const outfile = path.resolve(outArg >= 0 ? process.argv[outArg + 1] : path.join(root, 'dist/server/main.cjs'));
const tmp = `${outfile}.${process.pid}.${Date.now()}.tmp`;

mkdirSync(path.dirname(outfile), { recursive: true });
try {
  await build({
    entryPoints: [path.join(root, 'server/main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  renameSync(tmp, outfile);
} catch (error) {
  rmSync(tmp, { force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

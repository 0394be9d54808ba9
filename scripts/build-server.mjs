#!/usr/bin/env node
/**
 * Bundle the office server (server/main.ts and what it imports from src/) into one CommonJS file for Node 20,
 * dist/server/main.cjs, so production runs it with plain `node` (tsx is a development tool). The read pool's worker
 * (server/readWorker.ts, run in worker threads) is bundled beside it as dist/server/readWorker.cjs. Packages stay
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
const workerOut = path.join(path.dirname(outfile), 'readWorker.cjs');
const tmp = `${outfile}.${process.pid}.${Date.now()}.tmp`;
const workerTmp = `${workerOut}.${process.pid}.${Date.now()}.tmp`;

/** One CommonJS bundle of `entry` with packages left external. */
function bundle(entry, out) {
  return build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

mkdirSync(path.dirname(outfile), { recursive: true });
try {
  await bundle(path.join(root, 'server/readWorker.ts'), workerTmp);
  await bundle(path.join(root, 'server/main.ts'), tmp);
  renameSync(workerTmp, workerOut);
  renameSync(tmp, outfile);
} catch (error) {
  rmSync(tmp, { force: true });
  rmSync(workerTmp, { force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

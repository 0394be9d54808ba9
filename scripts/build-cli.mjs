#!/usr/bin/env node
/**
 * Bundle the command line (src/cli/main.ts) into one CommonJS file for Node 20:
 * dist/cli/bao-cao-thanh-tich.cjs, run by bin/bao-cao-thanh-tich.js.
 *
 * The bundle is written to a temporary file and renamed into place, so concurrent builds
 * (parallel test files) never leave a half-written file behind.
 *
 * Usage: node scripts/build-cli.mjs [--outfile PATH]
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--outfile');
const outfile = path.resolve(outArg >= 0 ? process.argv[outArg + 1] : path.join(root, 'dist/cli/bao-cao-thanh-tich.cjs'));
const tmp = `${outfile}.${process.pid}.${Date.now()}.tmp`;

mkdirSync(path.dirname(outfile), { recursive: true });
try {
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
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

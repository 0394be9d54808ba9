/**
 * npm run bench: runs every bench/*.bench.ts file, in file-name order, one after another.
 *
 * A bench file either does its work when imported, or exports a default (async) function that is awaited.
 * Add a file to add a benchmark; `npm run bench -- <substring>` runs only the files whose name contains it.
 * A failing file is reported and the others still run; the exit code is 1 if any failed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function main(): Promise<number> {
  const filter = process.argv[2] ?? '';
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  if (files.length === 0) {
    console.log(`No bench/*.bench.ts file${filter ? ` matching "${filter}"` : ''} yet.`);
    return 0;
  }
  let failed = 0;
  for (const file of files) {
    console.log(`\n▶ ${file}`);
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { default?: unknown };
      const run = typeof mod.default === 'function' ? mod.default : (mod.default as { default?: unknown })?.default;
      if (typeof run === 'function') await run();
      console.log(`✓ ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.error(`✗ ${file}:`, error);
    }
  }
  console.log(`\n${files.length - failed}/${files.length} bench file(s) ran.`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));

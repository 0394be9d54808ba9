/**
 * Makes sure dist/ holds a production build of the add-in that is not older than its sources, and that the command
 * line bundle (dist/cli/) exists: webpack's `output.clean` empties dist/, CLI bundle included, so it is rebuilt after.
 * Used by the e2e project's globalSetup and by bench/taskpane.bench.ts.
 *
 * E2E_SKIP_BUILD=1 uses dist/ as it is (it must exist). Concurrent callers on this machine are serialised by a lock
 * directory under .tmp/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CLI_BUNDLE = path.join(DIST, 'cli', 'bao-cao-thanh-tich.cjs');
export const CLI = path.join(ROOT, 'bin', 'bao-cao-thanh-tich.js');

const WEB_SOURCES = ['src', 'assets', 'webpack.config.js', 'scripts/fluent-light-theme.cjs', 'package-lock.json'];
const CLI_SOURCES = ['src/cli', 'src/core', 'src/docx', 'src/ooxml', 'scripts/build-cli.mjs'];

/** Newest modification time (ms) of the files under the given paths (relative to the repository root). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(ROOT, p));
  return newest;
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function run(script: string, log: (line: string) => void): void {
  log(`e2e: npm run ${script}…`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', script, '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OFFICE_JS: 'cdn' },
  });
  if (result.status !== 0) {
    throw new Error(
      `npm run ${script} failed (exit ${result.status}):\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}`,
    );
  }
  log(`e2e: npm run ${script} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function withLock<T>(fn: () => T): Promise<T> {
  const lock = path.join(ROOT, '.tmp', 'e2e-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 5 minutes belongs to a build that died.
      if (Date.now() - mtime(lock) > 5 * 60_000) {
        rmdirSync(lock);
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return fn();
  } finally {
    rmdirSync(lock);
  }
}

export interface BuildOutcome {
  web: 'fresh' | 'built' | 'skipped';
  cli: 'fresh' | 'built';
}

export async function ensureBuilt(
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<BuildOutcome> {
  return withLock(() => {
    const html = path.join(DIST, 'taskpane.html');
    let web: BuildOutcome['web'] = 'fresh';
    if (process.env.E2E_SKIP_BUILD === '1') {
      if (!existsSync(html))
        throw new Error('E2E_SKIP_BUILD=1 but dist/taskpane.html is missing: run `npm run build`.');
      web = 'skipped';
    } else if (!existsSync(html) || mtime(html) < newestMtime(WEB_SOURCES) || !isProductionBuild()) {
      run('build', log);
      web = 'built';
    }
    let cli: BuildOutcome['cli'] = 'fresh';
    if (!existsSync(CLI_BUNDLE) || mtime(CLI_BUNDLE) < newestMtime(CLI_SOURCES)) {
      run('build:cli', log);
      cli = 'built';
    }
    return { web, cli };
  });
}

/** A production build names its scripts with content hashes (taskpane.1a2b3c4d.js) and references the CDN office.js. */
function isProductionBuild(): boolean {
  try {
    return (
      readdirSync(DIST).some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)) && !existsSync(path.join(DIST, 'office-js'))
    );
  } catch {
    return false;
  }
}

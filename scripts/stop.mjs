#!/usr/bin/env node
/**
 * npm run stop
 *
 * Windows / macOS: `office-addin-debugging stop manifest.xml desktop` (unregisters the sideloaded add-in and stops
 * the dev server it started). Linux (or START_MODE=server): stops the server started by `npm start`, found
 * through .tmp/dev-server.pid; only those recorded processes are signalled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = join(root, '.tmp', 'dev-server.pid');

function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopServer() {
  if (!existsSync(pidFile)) {
    console.log('No dev server started by `npm start` is running (no .tmp/dev-server.pid).');
    return 0;
  }
  const { start, server } = JSON.parse(readFileSync(pidFile, 'utf8'));
  // Prefer the `npm start` process: it forwards the signal to webpack-dev-server and cleans up.
  const target = alive(start) ? start : alive(server) ? server : undefined;
  if (!target) {
    console.log('The recorded dev server is no longer running; removing the stale pid file.');
    rmSync(pidFile, { force: true });
    return 0;
  }
  process.kill(target, 'SIGTERM');
  const deadline = Date.now() + 10000;
  while ((alive(start) || alive(server)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(server)) {
    console.error(`The dev server (pid ${server}) did not stop within 10 s.`);
    return 1;
  }
  rmSync(pidFile, { force: true });
  console.log('Dev server stopped.');
  return 0;
}

const desktop = (process.platform === 'win32' || process.platform === 'darwin') && process.env.START_MODE !== 'server';
if (desktop) {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('office-addin-debugging/package.json');
  const bin = JSON.parse(readFileSync(pkgJson, 'utf8')).bin;
  const cli = join(dirname(pkgJson), typeof bin === 'string' ? bin : bin['office-addin-debugging']);
  const r = spawnSync(process.execPath, [cli, 'stop', 'manifest.xml', 'desktop'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
} else {
  process.exit(await stopServer());
}

#!/usr/bin/env node
/**
 * npm start
 *
 * Windows / macOS (Word desktop installed): `office-addin-debugging start manifest.xml desktop --app word`, which
 * runs `npm run dev-server`, waits for https://localhost:3000 and sideloads the add-in into Word.
 *
 * Linux (no Word desktop): builds and serves the add-in with webpack-dev-server on https://localhost:3000, waits
 * until taskpane.html answers, prints how to sideload it into Word on the web, and keeps serving until Ctrl+C or
 * `npm run stop`. The certificate falls back to a session certificate when no CA can be installed
 * (scripts/dev-https.js). Exit code is non-zero only on a real failure (build error, port taken, server died).
 *
 * Environment: START_MODE=server forces the Linux behaviour anywhere; PORT (default 3000) is for the Linux mode
 * only (the manifest says 3000); START_TIMEOUT_S (default 180) bounds the wait for the first build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pidFile = join(root, '.tmp', 'dev-server.pid');
const port = Number(process.env.PORT || 3000);
const timeoutMs = Number(process.env.START_TIMEOUT_S || 180) * 1000;
const url = `https://localhost:${port}/`;

function binOf(pkg, bin) {
  const pkgJson = require.resolve(`${pkg}/package.json`);
  const meta = JSON.parse(readFileSync(pkgJson, 'utf8'));
  const rel = typeof meta.bin === 'string' ? meta.bin : meta.bin[bin];
  return join(dirname(pkgJson), rel);
}

function startWithOfficeDebugging() {
  console.log('Starting the dev server and sideloading into Word desktop (office-addin-debugging)…');
  const child = spawn(
    process.execPath,
    [
      binOf('office-addin-debugging', 'office-addin-debugging'),
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'word',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      '3000',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function portIsFree(p) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(p, 'localhost');
  });
}

function probe(path) {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

function banner() {
  const line = '─'.repeat(78);
  console.log(`
${line}
 Báo cáo thành tích is being served on ${url}
   Task pane : ${url}taskpane.html   (opens in file mode in a plain browser)
   Commands  : ${url}commands.html
   Manifest  : ${url}manifest.xml    (same as ./manifest.xml)

 Word desktop is not available on this system. To try the add-in:
   Word on the web: open a document at https://www.office.com, then
     Insert > Add-ins (or Home > Add-ins) > More Add-ins > My Add-ins >
     Upload My Add-in > choose ./manifest.xml > Upload.
     The browser must trust ${url}: open ${url}taskpane.html once and
     accept the certificate (or trust the CA printed above by [dev-https]).
   Windows / macOS with Word: run \`npm start\` there; it sideloads automatically.

 Stop with Ctrl+C or \`npm run stop\`.
${line}
`);
}

async function startServer() {
  if (!(await portIsFree(port))) {
    console.error(
      `Port ${port} is already in use. If a previous \`npm start\` is still running, stop it with \`npm run stop\`.`,
    );
    process.exit(1);
  }
  mkdirSync(dirname(pidFile), { recursive: true });
  const child = spawn(
    process.execPath,
    [binOf('webpack-cli', 'webpack-cli'), 'serve', '--mode', 'development', '--port', String(port)],
    { cwd: root, stdio: 'inherit', env: { ...process.env } },
  );
  writeFileSync(pidFile, JSON.stringify({ start: process.pid, server: child.pid, port }) + '\n');

  let stopping = false;
  let failed = false;
  const cleanup = () => {
    if (existsSync(pidFile)) rmSync(pidFile, { force: true });
  };
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping the dev server (${signal})…`);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  let ready = false;
  child.on('exit', (code, signal) => {
    cleanup();
    if (stopping) process.exit(failed ? 1 : 0);
    console.error(`The dev server exited (${signal ?? `code ${code}`})${ready ? '' : ' before it was ready'}.`);
    process.exit(code || 1);
  });

  const deadline = Date.now() + timeoutMs;
  while (!ready && Date.now() < deadline && !stopping) {
    await new Promise((r) => setTimeout(r, 1000));
    ready = (await probe('taskpane.html')) === 200;
  }
  if (stopping) return;
  if (!ready) {
    console.error(`${url}taskpane.html did not answer within ${timeoutMs / 1000} s.`);
    failed = true;
    stop('timeout');
    return;
  }
  banner();
}

const desktop = (process.platform === 'win32' || process.platform === 'darwin') && process.env.START_MODE !== 'server';
if (desktop) startWithOfficeDebugging();
else await startServer();

/**
 * npm run validate [-- <manifest.xml>] [--base-url https://host/path/] [--offline]
 *
 * 1. Microsoft's online validation (`office-addin-manifest validate`), bounded by VALIDATE_TIMEOUT_S (default 20 s).
 *    If the service cannot be reached (no network, firewall, DNS, timeout) this is said plainly and not counted
 *    as a failure. If it answers and rejects the manifest, validation fails.
 * 2. The offline checks of scripts/manifest-check.ts, always. They decide the exit code when step 1 could not run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkManifestFile, printReport } from './manifest-check';

const UNREACHABLE =
  /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|self[- ]signed certificate|unable to get local issuer certificate/i;

type OnlineResult = { status: 'valid' | 'invalid' | 'unreachable'; output: string };

function managerCli(): string {
  const pkgJson = require.resolve('office-addin-manifest/package.json');
  const bin = JSON.parse(readFileSync(pkgJson, 'utf8')).bin as string | Record<string, string>;
  return join(dirname(pkgJson), typeof bin === 'string' ? bin : bin['office-addin-manifest']);
}

function validateOnline(file: string, timeoutMs: number): OnlineResult {
  const r = spawnSync(process.execPath, [managerCli(), 'validate', file], {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: 'false' },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.error || r.signal) {
    return { status: 'unreachable', output: `${output}\n${r.error?.message ?? `stopped after ${timeoutMs / 1000} s`}` };
  }
  if (r.status === 0) return { status: 'valid', output };
  return { status: UNREACHABLE.test(output) ? 'unreachable' : 'invalid', output };
}

function main(): number {
  const args = process.argv.slice(2);
  const take = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? (args.splice(at, flag === '--offline' ? 1 : 2)[1] ?? flag) : undefined;
  };
  const baseUrl = take('--base-url');
  const offlineOnly = take('--offline') !== undefined;
  const file = args[0] ?? 'manifest.xml';
  const timeoutMs = Number(process.env.VALIDATE_TIMEOUT_S || 20) * 1000;

  let online: OnlineResult | undefined;
  if (!offlineOnly) {
    console.log(`Online validation (Microsoft's service, up to ${timeoutMs / 1000} s): ${file}`);
    online = validateOnline(file, timeoutMs);
    if (online.status === 'unreachable') {
      console.log(
        [
          '⚠ Online validation could NOT run: the Microsoft validation service is unreachable from here.',
          `  ${online.output.split('\n').filter(Boolean).slice(-2).join('\n  ')}`,
          '  Running the offline checks instead (structure, ids, URLs, resources, icons, string limits, requirement sets).',
        ].join('\n'),
      );
    } else {
      console.log(online.output);
    }
  }

  console.log(`Offline checks: ${file}`);
  const offlineOk = printReport(file, checkManifestFile(file, baseUrl ? { baseUrl } : {}));
  if (online?.status === 'invalid') {
    console.log('✗ The online validation service rejected the manifest (see above).');
    return 1;
  }
  return offlineOk ? 0 : 1;
}

process.exit(main());

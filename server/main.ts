/**
 * `npm run server`: the relay, configured by environment variables (see server/config.ts and the README).
 * Exits 1 with every configuration problem listed (Vietnamese, then English) when it cannot start.
 */
import { t } from '../src/core/i18n';
import { startRelay } from './app';
import { ConfigError, configFromEnv, type RelayConfig } from './config';
import { StoreOpenError } from './store';
import '../src/mail/relayMessages';
import { COMMANDS, runCommand } from './inbox/commands';

function printProblems(error: ConfigError): void {
  for (const lang of ['vi', 'en'] as const) {
    console.error(t('relay.config.invalid', {}, lang));
    for (const p of error.problems) console.error(`  - ${t(p.key, p.params, lang)}`);
  }
}

async function main(): Promise<void> {
  let config: RelayConfig;
  try {
    config = configFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      printProblems(error);
      process.exit(1);
    }
    throw error;
  }
  let relay;
  try {
    relay = await startRelay(config);
  } catch (error) {
    if (error instanceof StoreOpenError) {
      // Vietnamese, then English, naming RELAY_DB and the path: SQLite's own message alone says neither.
      for (const lang of ['vi', 'en'] as const) console.error(t('relay.storeOpen', { path: error.file, detail: error.detail }, lang));
      process.exit(1);
    }
    throw error;
  }
  console.log(`relay listening on ${relay.url} (recipient ${config.to}, database ${config.dbPath})`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`relay: ${signal}, finishing sends in progress`);
    relay.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const command = process.argv[2];
const run: Promise<void> =
  command && (COMMANDS as readonly string[]).includes(command)
    ? runCommand(process.argv.slice(2), { env: process.env, cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
        (code) => process.exit(code),
      )
    : main();

run.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

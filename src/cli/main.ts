/** Entry point of the `bao-cao-thanh-tich` command line (bundled to dist/cli/bao-cao-thanh-tich.cjs). */
import { processIo } from './io';
import { run } from './run';

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);

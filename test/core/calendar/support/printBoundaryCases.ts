/** Child-process entry point: prints the boundary results computed under this process's TZ. */
import { evaluateBoundaryCases } from './boundaryCases';

const probe = new Date(2026, 0, 1, 12, 0, 0);
process.stdout.write(
  JSON.stringify({
    tz: process.env.TZ ?? null,
    // Offsets the local-time Date API reports, proving the TZ setting really took effect.
    januaryOffset: probe.getTimezoneOffset(),
    julyOffset: new Date(2026, 6, 1, 12, 0, 0).getTimezoneOffset(),
    results: evaluateBoundaryCases(),
  }),
);

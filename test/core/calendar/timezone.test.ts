/**
 * The deadline must not depend on the machine's time zone: a teacher's laptop set to UTC or to a
 * US zone still has to see Vietnam's quarter and days left. Node reads TZ when a process starts,
 * so each zone runs the same boundary cases in a child `node` process (with tsx) and must produce
 * exactly the hand-written expectations.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BOUNDARY_CASES, evaluateBoundaryCases } from './support/boundaryCases';

const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../../..');
const script = path.join(__dirname, 'support/printBoundaryCases.ts');

const expected = BOUNDARY_CASES.map(({ at, quarterOf, strict, inclusive }) => ({ at, quarterOf, strict, inclusive }));

// [zone, expected getTimezoneOffset() in January, in July] — proves the child really ran in that zone.
const ZONES: [string, number, number][] = [
  ['UTC', 0, 0],
  ['America/Los_Angeles', 480, 420],
  ['Pacific/Pago_Pago', 660, 660],
  ['Asia/Ho_Chi_Minh', -420, -420],
  ['Pacific/Kiritimati', -840, -840],
];

async function runUnder(tz: string): Promise<{ januaryOffset: number; julyOffset: number; results: unknown }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...process.env, TZ: tz },
    timeout: 60_000,
  });
  return JSON.parse(stdout);
}

describe('reporting period is the same whatever the machine time zone', () => {
  it('in this test process', () => {
    expect(evaluateBoundaryCases()).toEqual(expected);
  });

  describe.each(ZONES)('with TZ=%s', (tz, januaryOffset, julyOffset) => {
    let outcome: Awaited<ReturnType<typeof runUnder>>;
    beforeAll(async () => {
      outcome = await runUnder(tz);
    }, 90_000);

    it('the child process really runs in that zone', () => {
      expect(outcome.januaryOffset).toBe(januaryOffset);
      expect(outcome.julyOffset).toBe(julyOffset);
    });

    it('computes every quarter and deadline boundary exactly as expected', () => {
      expect(outcome.results).toEqual(expected);
    });
  });
});

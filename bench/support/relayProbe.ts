/**
 * The relay as `npm run server` starts it (configuration from the environment), with instruments for
 * bench/complexity.bench.ts, run in its own process with an IPC channel (child_process.fork):
 * - the event loop's delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution) and utilisation
 *   (performance.eventLoopUtilization), between a 'reset' and a 'report' message;
 * - on Linux, the main thread's own CPU time and its time waiting for a CPU (/proc/self/task/<pid>/schedstat):
 *   the event loop's work against the machine's other processes (starvation), told apart.
 * It answers { url } once listening, and { report } to 'report'.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { startRelay } from '../../server/app';
import { configFromEnv } from '../../server/config';

const RESOLUTION_MS = 10;

export interface ProbeReport {
  /** Event-loop delay, ms: the longest, the 99th percentile, the median. */
  delayMaxMs: number;
  delayP99Ms: number;
  delayP50Ms: number;
  /** Share of the time the event loop was busy (0..1), and that busy time, ms. */
  utilisation: number;
  activeMs: number;
  /** The main thread's CPU time, and its time ready to run but waiting for a CPU, ms (null off Linux). */
  mainCpuMs: number | null;
  mainWaitMs: number | null;
}

function schedstat(): { cpuNs: number; waitNs: number } | null {
  try {
    const [cpu, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return { cpuNs: cpu, waitNs: wait };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const config = configFromEnv(process.env);
  config.log = () => undefined;
  const relay = await startRelay(config);
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  // The histogram holds the time between two ticks of its 10 ms timer: the delay is what exceeds the 10 ms.
  const ms = (ns: number): number => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  delay.enable();
  let since: EventLoopUtilization = performance.eventLoopUtilization();
  let sched = schedstat();
  process.on('message', (message: string) => {
    if (message === 'reset') {
      delay.reset();
      since = performance.eventLoopUtilization();
      sched = schedstat();
      process.send?.({ reset: true });
    } else if (message === 'report') {
      const now = schedstat();
      const elu = performance.eventLoopUtilization(since);
      const report: ProbeReport = {
        delayMaxMs: ms(delay.max),
        delayP99Ms: ms(delay.percentile(99)),
        delayP50Ms: ms(delay.percentile(50)),
        utilisation: elu.utilization,
        activeMs: elu.active,
        mainCpuMs: now && sched ? (now.cpuNs - sched.cpuNs) / 1e6 : null,
        mainWaitMs: now && sched ? (now.waitNs - sched.waitNs) / 1e6 : null,
      };
      process.send?.({ report });
    } else if (message === 'stop') {
      void relay.close({ graceful: false }).then(() => process.exit(0));
    }
  });
  process.send?.({ url: relay.url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

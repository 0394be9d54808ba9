/**
 * A read-pool worker for the pool's tests: 'spin' never returns, 'grow' allocates until the heap limit, 'echo'
 * answers its value. Any other job (a relay's CheckJob) spins like 'spin'.
 */
export async function handle(job: { kind?: string; value?: unknown }): Promise<unknown> {
  if (job.kind === 'echo') return { echo: job.value };
  if (job.kind === 'grow') {
    const hoard: unknown[] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  if (job.kind === 'throw') throw new Error('worker failed');
  for (;;);
}

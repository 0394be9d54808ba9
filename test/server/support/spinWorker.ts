/**
 * A read-pool worker for the pool's tests: 'spin' never returns, 'grow' allocates until the heap limit, 'echo'
 * answers its value, 'reverse' answers its bytes reversed in a buffer handed back without a copy (transferOf).
 * Any other job (a relay's UploadJob) spins like 'spin'.
 */
export async function handle(job: { kind?: string; value?: unknown }): Promise<unknown> {
  if (job.kind === 'echo') return { echo: job.value };
  if (job.kind === 'reverse') return { reversed: new Uint8Array(job.value as Uint8Array).reverse() };
  if (job.kind === 'grow') {
    const hoard: unknown[] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  if (job.kind === 'throw') throw new Error('worker failed');
  for (;;);
}

export function transferOf(answer: unknown): ArrayBuffer[] {
  const reversed = (answer as { reversed?: Uint8Array } | null)?.reversed;
  return reversed ? [reversed.buffer as ArrayBuffer] : [];
}

/**
 * A token bucket per client: `capacity` requests at once, refilled continuously at `perMinute`.
 * Memory stays bounded: full buckets are forgotten when the map grows.
 */
export interface RateDecision {
  allowed: boolean;
  /** When refused: whole seconds until a token is available (for Retry-After). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly capacity: number,
    perMinute: number,
    private readonly clock: () => number = Date.now,
    private readonly maxClients = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token for `client` when one is available. */
  take(client: string): RateDecision {
    const now = this.clock();
    const bucket = this.refilled(client, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(client: string, now: number): Bucket {
    let bucket = this.buckets.get(client);
    if (!bucket) {
      if (this.buckets.size >= this.maxClients) this.prune(now);
      bucket = { tokens: this.capacity, at: now };
      this.buckets.set(client, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.capacity, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  /** Forgets clients whose bucket has refilled (they lose nothing); if none, the oldest. */
  private prune(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.capacity) this.buckets.delete(client);
    }
    if (this.buckets.size >= this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}

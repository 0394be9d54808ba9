/** The per-client token bucket behind 429 answers. */
import { RateLimiter } from '../../server/rateLimit';

describe('RateLimiter', () => {
  it('allows a burst of `capacity`, then refuses with the seconds until the next token', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 10, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.take('10.0.0.1').allowed).toBe(true);
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 3_000;
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 3 });
    now += 3_000;
    expect(limiter.take('10.0.0.1').allowed).toBe(true);
  });

  it('keeps clients apart', () => {
    const limiter = new RateLimiter(1, 1, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never refills above capacity', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60, () => now);
    now += 3_600_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('stays bounded in memory under many clients', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60, () => now, 100);
    for (let i = 0; i < 1000; i++) {
      limiter.take(`client-${i}`);
      now += 10;
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

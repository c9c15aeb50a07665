import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after.ts';

describe('retryAfterMs', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs(503, new Headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(
      retryAfterMs(429, new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now),
    ).toBe(5000);
  });

  it('honours x-ratelimit-reset on a 429 only', () => {
    const headers = new Headers({ 'x-ratelimit-reset': '60' });
    expect(retryAfterMs(429, headers)).toBe(60_000);
    expect(retryAfterMs(503, headers)).toBeUndefined();
  });

  it('reads an x-ratelimit-reset that is a Unix time as one', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    const headers = new Headers({ 'x-ratelimit-reset': String(now / 1000 + 90) });
    expect(retryAfterMs(429, headers, now)).toBe(90_000);
  });
});

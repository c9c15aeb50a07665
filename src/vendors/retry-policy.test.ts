import { describe, expect, it } from 'vitest';
import { VendorError } from './errors.ts';
import { pendingRetry, retryDelayMs, shouldRetry } from './retry-policy.ts';

const failure = (status: number, retryAfterMs?: number) =>
  new VendorError(
    { vendorLabel: 'Telnyx AI', status, retryable: status === 429 || status >= 500, retryAfterMs },
    'x',
  );

describe('the retry policy', () => {
  it('retries 429, 5xx and no answer three times, and nothing else', () => {
    expect(shouldRetry(0, failure(429))).toBe(true);
    expect(shouldRetry(2, failure(503))).toBe(true);
    expect(shouldRetry(3, failure(503))).toBe(false);
    expect(shouldRetry(0, failure(404))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });

  it('waits as long as the vendor asks, however long, plus at most a second of jitter', () => {
    expect(retryDelayMs(1, failure(429, 120_000), () => 0)).toBe(120_000);
    expect(retryDelayMs(1, failure(429, 120_000), () => 0.999)).toBe(120_999);
    expect(retryDelayMs(1, failure(429, 3000), () => 0.999)).toBe(3000 + 549);
  });

  it('else backs off exponentially with full jitter, capped at 30 s', () => {
    expect(retryDelayMs(1, failure(503), () => 0)).toBe(1000);
    expect(retryDelayMs(1, failure(503), () => 0.999)).toBe(1999);
    expect(retryDelayMs(10, failure(503), () => 0.999)).toBe(29_985);
  });

  it('tells the page who failed and when the retry runs', () => {
    const error = failure(429, 5000);
    expect(pendingRetry(error)).toBeUndefined();
    const before = Date.now();
    retryDelayMs(1, error, () => 0);
    const pending = pendingRetry(error);
    expect(pending).toMatchObject({ source: 'Telnyx AI', status: 429 });
    expect(pending?.at).toBeGreaterThanOrEqual(before + 5000);
    expect(pendingRetry(null)).toBeUndefined();
  });
});

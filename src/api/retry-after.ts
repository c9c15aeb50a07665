/**
 * Reads how long a server asks the client to wait, in ms: `Retry-After` (seconds or an HTTP date,
 * RFC 9110 §10.2.3), else, on a 429 only, `x-ratelimit-reset` (seconds until the window resets,
 * the convention Telnyx documents and sends on every response, failed or not; a value that can
 * only be a Unix time, over 10^9, is read as one).
 * `undefined` when neither applies or is readable.
 * @param now the current time in ms since the epoch, for HTTP dates.
 */
export function retryAfterMs(
  status: number,
  headers: Headers,
  now = Date.now(),
): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (status !== 429) return undefined;
  const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
  if (!Number.isFinite(reset) || reset < 0) return undefined;
  // Some gateways send the reset as a Unix time rather than seconds from now.
  return reset > 1e9 ? Math.max(0, reset * 1000 - now) : reset * 1000;
}

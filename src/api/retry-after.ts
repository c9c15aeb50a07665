/**
 * Reads how long a server asks the client to wait, in ms: `Retry-After` (seconds or an HTTP date,
 * RFC 9110 §10.2.3), else, on a 429 only, `x-ratelimit-reset` (seconds until the window resets,
 * the convention Telnyx documents and sends on every response, failed or not).
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
  return Number.isFinite(reset) && reset >= 0 ? reset * 1000 : undefined;
}

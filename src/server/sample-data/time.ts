/**
 * Timestamps. The vendor-neutral script stores instants as integer Unix microseconds, because
 * Moveworks prints six fractional digits (docs/vendor-notes.md §3.3) while Twilio prints whole
 * seconds (§1.8) and Telnyx milliseconds (§2.7); each encoder formats its own precision.
 */

const DAY_MS = 86_400_000;
// Date#toISOString dominates when encoding 100,000 messages, so the date part is cached per
// day and the time of day is formatted with plain arithmetic.
let cachedDay = Number.NaN;
let cachedDate = '';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM:SS` (UTC) and the leftover milliseconds of a Unix ms instant. */
function clock(epochMs: number): [string, number] {
  const day = Math.floor(epochMs / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  let rest = epochMs - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return [`${cachedDate}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`, rest - s * 1000];
}

/**
 * Formats Unix microseconds as ISO 8601 UTC with 6 fractional digits (`…T18:40:42.411933Z`).
 */
export function isoMicros(epochMicros: number): string {
  const us = Math.floor(epochMicros);
  const ms = Math.floor(us / 1000);
  const [time, millis] = clock(ms);
  return `${time}.${pad(millis, 3)}${pad(us - ms * 1000, 3)}Z`;
}

/** Formats Unix microseconds as ISO 8601 UTC with milliseconds (`…T17:19:10.102Z`). */
export function isoMillis(epochMicros: number): string {
  const [time, millis] = clock(Math.floor(epochMicros / 1000));
  return `${time}.${pad(millis, 3)}Z`;
}

/** Formats Unix microseconds as ISO 8601 UTC in whole seconds (`…T17:02:11Z`). */
export function isoSeconds(epochMicros: number): string {
  return `${clock(Math.floor(epochMicros / 1000))[0]}Z`;
}

const ISO_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an ISO 8601 date-time into Unix microseconds, keeping up to 6 fractional digits.
 * A value without a zone (tau2-bench writes naive local times) is read as UTC.
 * @returns undefined when the text is not such a date-time.
 */
export function parseIsoMicros(text: string): number | undefined {
  const m = ISO_RE.exec(text.trim());
  if (!m) return undefined;
  const seconds = Date.parse(`${m[1] ?? ''}${m[3] ?? 'Z'}`);
  if (Number.isNaN(seconds)) return undefined;
  const fraction = Number((m[2] ?? '').padEnd(6, '0').slice(0, 6));
  return seconds * 1000 + fraction;
}

/**
 * Unix microseconds for a UTC date-time written as ISO 8601; throws RangeError when invalid.
 * Used to anchor hand-written scripts.
 */
export function micros(iso: string): number {
  const value = parseIsoMicros(iso);
  if (value === undefined) throw new RangeError(`not an ISO 8601 date-time: ${iso}`);
  return value;
}

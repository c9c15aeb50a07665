import type { Message } from './model.ts';

/**
 * Reads an ISO 8601 timestamp into epoch ms. Accepts more than 3 fractional digits
 * (Moveworks sends microseconds, vendor-apis.md §3.3), which the ECMAScript date format does not
 * guarantee, by truncating them to milliseconds first.
 * @returns undefined for a missing or unreadable value.
 */
export function parseTimestamp(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : ms;
}

/** True when `iso` is exactly `ms` in `Date.prototype.toISOString`'s form. */
export function isIsoOf(iso: string, ms: number): boolean {
  return iso.length === 24 && new Date(ms).toISOString() === iso;
}

/**
 * A message's time as the vendor sent it (ISO 8601): `time`, or, where the thread left it out
 * because it was exactly the ISO form of `timeMs` (features/thread/page-worker/lean.ts), that
 * form again. Undefined when the vendor sent no time.
 */
export function sentTime(message: Pick<Message, 'time' | 'timeMs'>): string | undefined {
  if (message.time !== undefined) return message.time;
  return message.timeMs === undefined ? undefined : new Date(message.timeMs).toISOString();
}

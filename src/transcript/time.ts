/**
 * Reads an ISO 8601 timestamp into epoch ms. Accepts more than 3 fractional digits
 * (Moveworks sends microseconds, docs/vendor-notes.md §3.3), which the ECMAScript date format does not
 * guarantee, by truncating them to milliseconds first.
 * @returns undefined for a missing or unreadable value.
 */
export function parseTimestamp(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : ms;
}

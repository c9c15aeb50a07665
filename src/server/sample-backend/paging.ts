/**
 * Paging helpers shared by the three vendors: opaque tokens, strict integer parsing, newest-first
 * slices by index arithmetic, and sortable time keys.
 */

/** Where a page starts in one list; `list` names the list so a token cannot be replayed elsewhere. */
export interface PagePosition {
  list: string;
  offset: number;
}

/**
 * Encodes a position as an opaque token: base64url of `{"l":list,"o":offset}`.
 * Clients must treat it as opaque (Twilio `PageToken` §1.6, Moveworks `cursor` §3.4).
 */
export function encodePageToken(position: PagePosition): string {
  return Buffer.from(JSON.stringify({ l: position.list, o: position.offset })).toString(
    'base64url',
  );
}

/**
 * Decodes a token made by {@link encodePageToken} for the list `expectedList`.
 * @returns the offset (integer ≥ 0), or `null` when the token does not decode, is not ours, or
 *   belongs to another list (callers answer 400 in the vendor's shape).
 */
export function decodePageToken(token: string, expectedList: string): number | null {
  // Buffer's base64url decoder skips junk characters silently; reject them up front instead.
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const list: unknown = Reflect.get(parsed, 'l');
  const offset: unknown = Reflect.get(parsed, 'o');
  if (list !== expectedList) return null;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) return null;
  return offset;
}

/**
 * Parses a decimal integer query value (`"20"`, `"-1"`, `"+3"`); no decimals, exponents or blanks.
 * @returns the number, or `null` if the text is not an integer within the safe range.
 */
export function parseIntegerParam(raw: string): number | null {
  if (!/^[+-]?\d+$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * One page of `items` read in reverse (newest first when `items` is oldest first), by index
 * arithmetic so a 100,000-item list is never copied or reversed per request.
 * @param offset position in the reversed order where the page starts (≥ 0)
 * @param size page size (≥ 1)
 * @returns at most `size` items; empty when `offset` is past the end
 */
export function newestFirstPage<T>(items: readonly T[], offset: number, size: number): T[] {
  const page: T[] = [];
  const end = Math.min(offset + size, items.length);
  for (let k = offset; k < end; k++) {
    const item = items[items.length - 1 - k];
    if (item !== undefined) page.push(item);
  }
  return page;
}

/**
 * A sort key for an ISO 8601 timestamp in microseconds since the epoch. Date.parse keeps only
 * milliseconds, and Moveworks sends microseconds (§3.3), so digits 4–6 of the fraction are added
 * back. Plain string comparison is wrong when fraction lengths differ (`…11Z` vs `…11.5Z`).
 * @returns `NaN` if the text is not a date Date.parse accepts.
 */
export function timeKey(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return Number.NaN;
  const fraction = /T\d{2}:\d{2}:\d{2}\.(\d+)/.exec(iso)?.[1] ?? '';
  const micros = Number(fraction.slice(3, 6).padEnd(3, '0'));
  return ms * 1000 + micros;
}

/** Compares two items by a precomputed key, then by id, so equal timestamps sort stably. */
export function byKeyThenId(
  a: { key: number; id: string },
  b: { key: number; id: string },
): number {
  if (a.key !== b.key) return a.key - b.key;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

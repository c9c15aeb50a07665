/** The first page of any vendor list has no cursor. */
export const FIRST_PAGE: string | null = null;

/** Stops paging even if a vendor never says it is done: no list is longer than this. */
const MAX_PAGES = 20_000;

/**
 * `getNextPageParam` for vendor cursors: the page's own next cursor, unless the vendor handed back
 * a cursor already used (it would loop forever, spending the rate limit) or the page cap is hit.
 * `stalledCursor` tells the page why loading stopped early.
 */
export function nextCursor(
  last: { nextCursor: string | null },
  allParams: readonly (string | null)[],
): string | undefined {
  if (last.nextCursor === null || stalledCursor(last, allParams)) return undefined;
  return last.nextCursor;
}

/** True when the vendor's next cursor was used before, or the page cap is reached. */
export function stalledCursor(
  last: { nextCursor: string | null } | undefined,
  allParams: readonly unknown[],
): boolean {
  if (!last || last.nextCursor === null) return false;
  return allParams.includes(last.nextCursor) || allParams.length >= MAX_PAGES;
}

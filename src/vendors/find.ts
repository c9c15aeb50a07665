import { VendorError } from './errors.ts';
import { matchesLoaded } from './list-filters.ts';
import type { ConversationSummary, ListFilters, Vendor } from './types.ts';

/**
 * `fetch()`'s result, or undefined when the vendor answers 404 (nothing by that id).
 * @throws whatever else `fetch` throws.
 */
export async function unlessNotFound<T>(fetch: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof VendorError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * The rows of `vendor`'s list under `filters` (the vendor's own and those applied here), read
 * page by page up to `maxPages`: a lookup's fallback where the vendor cannot filter.
 * @throws {VendorError} as `listConversations` does.
 */
export async function scanList(
  vendor: Vendor,
  filters: ListFilters,
  maxPages: number,
  signal?: AbortSignal,
): Promise<ConversationSummary[]> {
  const found = new Map<string, ConversationSummary>();
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const { items, nextCursor } = await vendor.listConversations(cursor, filters, signal);
    for (const c of items) if (matchesLoaded(c, filters, vendor.listFilters)) found.set(c.id, c);
    if (nextCursor === null) break;
    cursor = nextCursor;
  }
  return [...found.values()];
}

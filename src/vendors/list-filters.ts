import type { ConversationSummary, FilterPlace, ListFilterKey, ListFilters } from './types.ts';

/** A metadata key the viewer sends in a filter: letters, digits and `_` only. */
export const METADATA_KEY = /^[A-Za-z0-9_]+$/;

/**
 * A phone number as typed (`+1 (312) 555-0100`) in the compact form vendors store
 * (`+13125550100`): spaces, dots, dashes and brackets dropped. Anything that is not only a
 * phone number's characters (an e-mail, a name, a SIP URI) comes back as typed, trimmed.
 */
export function compactPhone(text: string): string {
  const trimmed = text.trim();
  return /^\+?[\d\s().-]+$/.test(trimmed) && /\d{3}/.test(trimmed.replace(/\D/g, ''))
    ? trimmed.replace(/[\s().-]/g, '')
    : trimmed;
}

/** The UTC day of an ISO 8601 instant, `YYYY-MM-DD`; undefined when it is unreadable. */
export function utcDay(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** Every list filter, in the order a filter bar shows them. */
export const LIST_FILTER_KEYS = [
  'q',
  'from',
  'to',
  'channel',
  'assistant',
  'user',
  'metadata',
  'archived',
  'order',
] as const satisfies readonly ListFilterKey[];

/** True when `filters` sets a filter that `places` applies at `place`. */
export function filtersAt(
  filters: ListFilters,
  places: Readonly<Partial<Record<ListFilterKey, FilterPlace>>>,
  place: FilterPlace,
): boolean {
  return LIST_FILTER_KEYS.some((key) => {
    const value = filters[key];
    return places[key] === place && value !== undefined && value !== false && value !== '';
  });
}

/**
 * True when `summary` passes the filters a vendor leaves to the loaded list (its `listFilters`
 * entries `loaded`, docs/contract.md "Lists"): `q` in the title, second line or end user (any
 * case, phone numbers compared compact), `from`/`to` on the UTC creation day, `user` equal to
 * the end user. A filter the summary has no field for fails it.
 */
export function matchesLoaded(
  summary: ConversationSummary,
  filters: ListFilters,
  places: Readonly<Partial<Record<ListFilterKey, FilterPlace>>>,
): boolean {
  const loaded = (key: ListFilterKey) => places[key] === 'loaded';
  if (loaded('q') && filters.q) {
    const q = compactPhone(filters.q).toLowerCase();
    const fields = [summary.title, summary.subtitle, summary.endUser];
    if (!fields.some((f) => f !== undefined && compactPhone(f).toLowerCase().includes(q)))
      return false;
  }
  const day = utcDay(summary.createdAt);
  if (loaded('from') && filters.from && (day === undefined || day < filters.from)) return false;
  if (loaded('to') && filters.to && (day === undefined || day > filters.to)) return false;
  if (loaded('user') && filters.user) {
    if (summary.endUser === undefined) return false;
    if (compactPhone(summary.endUser) !== compactPhone(filters.user)) return false;
  }
  return true;
}

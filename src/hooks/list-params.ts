import {
  LIST_ORDERS,
  METADATA_KEY,
  type ListFilters,
  type ListOrder,
  type Vendor,
} from '@/vendors/index.ts';

/** True for one of the orders a list takes. */
function isOrder(value: string | null): value is ListOrder {
  return LIST_ORDERS.some((o) => o === value);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The text filters, by URL parameter (docs/contract.md "Lists"). */
const TEXT_KEYS = ['q', 'channel', 'assistant', 'user'] as const;

/**
 * The filters `vendor` offers, read from URL parameters: `q`, `from`, `to` (`YYYY-MM-DD`),
 * `channel`, `assistant`, `user`, `archived=true`, `meta=<key>:<value>` for one metadata key, and
 * `order` (Telnyx's; its default is left out).
 * Anything malformed or not offered is left out.
 */
export function filtersFromParams(params: URLSearchParams, vendor: Vendor): ListFilters {
  const offered = vendor.listFilters;
  const filters: ListFilters = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (offered[key] && value) filters[key] = value;
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (offered[key] && value && DAY.test(value)) filters[key] = value;
  }
  const meta = params.get('meta');
  const colon = meta?.indexOf(':') ?? -1;
  if (offered.metadata && meta && colon > 0) {
    const key = meta.slice(0, colon);
    const value = meta.slice(colon + 1);
    if (METADATA_KEY.test(key) && value) filters.metadata = { key, value };
  }
  if (offered.archived && params.get('archived') === 'true') filters.archived = true;
  const order = params.get('order');
  if (offered.order && isOrder(order) && order !== LIST_ORDERS[0]) filters.order = order;
  return filters;
}

/** `filters` as URL parameters, in a stable order; unset filters are left out. */
export function paramsOfFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const key of ['channel', 'assistant', 'user'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.metadata) params.set('meta', `${filters.metadata.key}:${filters.metadata.value}`);
  if (filters.archived) params.set('archived', 'true');
  if (filters.order) params.set('order', filters.order);
  return params;
}

/** The transcript URL parameter holding the list a transcript was opened from. */
export const LIST_PARAM = 'list';

/**
 * The path of a transcript opened from `vendorId`'s list under `filters`: the list's own query
 * travels in `?list=`, so that the transcript can step to its neighbours and lead back to it.
 */
export function transcriptPath(vendorId: string, id: string, filters: ListFilters): string {
  const list = new URLSearchParams([[LIST_PARAM, paramsOfFilters(filters).toString()]]);
  return `/${vendorId}/${encodeURIComponent(id)}?${list}`;
}

import { useSearchParams } from 'react-router';
import { METADATA_KEY, type ListFilters, type Vendor } from '@/vendors/index.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The text filters, by URL parameter (docs/contract.md "Lists"). */
const TEXT_KEYS = ['q', 'channel', 'assistant', 'user'] as const;

/**
 * The filters `vendor` offers, read from URL parameters: `q`, `from`, `to` (`YYYY-MM-DD`),
 * `channel`, `assistant`, `user`, `archived=true`, and `meta=<key>:<value>` for one metadata key.
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
  return params;
}

/**
 * The list filters in the URL (docs/contract.md "Lists"), so that a filtered list can be
 * bookmarked and reloaded, and a setter that replaces them (and the history entry).
 */
export function useListFilters(vendor: Vendor): [ListFilters, (next: ListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const set = (next: ListFilters) => setParams(paramsOfFilters(next), { replace: true });
  return [filtersFromParams(params, vendor), set];
}

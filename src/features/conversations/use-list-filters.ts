import { useSearchParams } from 'react-router';
import type { ListFilters, Vendor } from '@/vendors/index.ts';
import { filtersFromParams, paramsOfFilters } from '@/hooks/list-params.ts';

/**
 * The list filters in the URL (docs/contract.md "Lists"), so that a filtered list can be
 * bookmarked and reloaded, and a setter that replaces them (and the history entry).
 */
export function useListFilters(vendor: Vendor): [ListFilters, (next: ListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const set = (next: ListFilters) => setParams(paramsOfFilters(next), { replace: true });
  return [filtersFromParams(params, vendor), set];
}

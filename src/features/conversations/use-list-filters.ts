import { useSearchParams } from 'react-router';
import type { ListFilters, Vendor } from '@/vendors/index.ts';

/**
 * The list filters in the URL (docs/contract.md "Lists"), so that a filtered list can be
 * bookmarked and reloaded: `archived=true` for vendors that archive. Returns the filters and a
 * setter that replaces the history entry.
 */
export function useListFilters(vendor: Vendor): [ListFilters, (next: ListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const archived = vendor.listFilterKeys.includes('archived') && params.get('archived') === 'true';
  const set = (next: ListFilters) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        if (next.archived) out.set('archived', 'true');
        else out.delete('archived');
        return out;
      },
      { replace: true },
    );
  return [archived ? { archived } : {}, set];
}

import type { ListFilters, Vendor } from '@/vendors/index.ts';

/** Props of {@link ListFilterBar}. */
export interface ListFilterBarProps {
  vendor: Vendor;
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  /** How many conversations are shown; undefined while the first page loads. */
  shown: number | undefined;
  /** True when the vendor has more pages than are loaded. */
  more: boolean;
}

/**
 * The `search` region "Filter conversations" (docs/contract.md "Lists"): the filters the vendor
 * can apply, and a `status` saying how many conversations are shown.
 */
export function ListFilterBar({ vendor, filters, onChange, shown, more }: ListFilterBarProps) {
  const kind = filters.archived ? `archived ${vendor.noun}` : vendor.noun;
  return (
    <div
      role="search"
      aria-label="Filter conversations"
      className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm"
    >
      {vendor.listFilterKeys.includes('archived') && (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={filters.archived === true}
            onChange={(e) => onChange({ ...filters, archived: e.target.checked })}
          />
          Archived {vendor.noun}s
        </label>
      )}
      <p role="status" className="text-slate-600 dark:text-slate-400">
        {shown === undefined
          ? `Loading ${kind}s…`
          : `${shown.toLocaleString('en-US')} ${shown === 1 ? kind : `${kind}s`} shown${more ? ', more on scroll' : ''}`}
      </p>
    </div>
  );
}

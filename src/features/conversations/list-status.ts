import type { ListFilterKey, ListFilters, Vendor } from '@/vendors/index.ts';

/** `1 session`, `2,350 conversations`. */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : `${noun}s`}`;
}

/** What a filter narrows by, in words. */
const BY: [ListFilterKey, string][] = [
  ['q', 'text'],
  ['from', 'date'],
  ['to', 'date'],
  ['user', 'end user'],
];

/** `a`, `a or b`, `a, b or c`. */
function either(words: string[]): string {
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * What the list's `status` says (docs/contract.md "Lists"): how many conversations are shown,
 * and, for filters the vendor cannot apply, that the viewer applied them to what it loaded.
 */
export function listStatus({
  vendor,
  filters,
  shown,
  loaded,
  more,
}: {
  vendor: Vendor;
  filters: ListFilters;
  /** Rows shown; undefined while the first page loads. */
  shown: number | undefined;
  /** Rows loaded from the vendor. */
  loaded: number;
  /** True when the vendor has more pages than are loaded. */
  more: boolean;
}): string {
  const noun = filters.archived ? `archived ${vendor.noun}` : vendor.noun;
  if (shown === undefined) return `Loading ${noun}s…`;
  const here = BY.flatMap(([key, word]) =>
    vendor.listFilters[key] === 'loaded' && filters[key] ? [word] : [],
  );
  if (here.length === 0) return `${count(shown, noun)} shown${more ? ', more on scroll' : ''}`;
  const among = more ? `the first ${count(loaded, noun)} loaded` : `all ${count(loaded, noun)}`;
  const why = `${vendor.label} cannot filter by ${either([...new Set(here)])}, so the viewer does, over what it has loaded`;
  return `${count(shown, noun)} shown, found among ${among}. ${why}.${more ? ' More load on scroll.' : ''}`;
}

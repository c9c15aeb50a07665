import type { TranscriptSearch } from './use-transcript-search.ts';
import { formatCount } from '@/lib/format.ts';

/**
 * The find bar's status (docs/contract.md "Search"): "N of M" or "No matches"; while pages are
 * still loading it says how much was searched ("3 of 412 · in 3,000 of 10,000 messages so far");
 * "Searching…" before the first result of a search; or why the query cannot run ("Invalid regular
 * expression: …", "Unsupported regular expression: …").
 */
export function findStatus(
  search: Pick<TranscriptSearch, 'query' | 'matches' | 'current' | 'error' | 'searching'>,
  loaded: number,
  total: number | undefined,
  loading: boolean,
): string {
  if (search.error) return search.error;
  if (search.query === '') return '';
  if (search.searching) return 'Searching…';
  const n = search.matches.count;
  const head = n === 0 ? 'No matches' : `${formatCount(search.current + 1)} of ${formatCount(n)}`;
  if (!loading) return head;
  const of = total === undefined ? '' : ` of ${formatCount(total)}`;
  return `${head} · in ${formatCount(loaded)}${of} messages so far`;
}

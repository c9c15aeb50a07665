import { useEffect, useRef } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { writeSearchParams, type SearchParams } from './search-params.ts';

/** How long typing must pause before the URL takes the query, ms. */
export const URL_DELAY_MS = 250;

function sameButQuery(a: SearchParams, b: SearchParams): boolean {
  return (
    a.open === b.open &&
    a.scope === b.scope &&
    a.options.caseSensitive === b.options.caseSensitive &&
    a.options.wholeWord === b.options.wholeWord &&
    a.options.regex === b.options.regex
  );
}

/**
 * Mirrors the search into the URL (`?q=`, …). A typed query is written once typing pauses: each
 * write is a `history.replaceState` (several ms in Chromium) and a router update that renders the
 * route again, which made up most of a keystroke's cost. Opening, closing, an option or the
 * scope are written at once, with the query as it is then.
 */
export function useSearchUrl(search: SearchParams, setParams: SetURLSearchParams): void {
  const written = useRef(search);
  useEffect(() => {
    // `setParams` changes with every URL change; only a change of the search is written.
    if (written.current === search) return;
    const write = () => {
      written.current = search;
      setParams((prev) => writeSearchParams(prev, search), { replace: true });
    };
    if (!sameButQuery(written.current, search)) {
      write();
      return;
    }
    const timer = setTimeout(write, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, setParams]);
}

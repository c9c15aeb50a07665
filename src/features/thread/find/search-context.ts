import { createContext, useContext } from 'react';

/** The active search as rows see it: what to mark, and which match is the current one. */
export interface SearchHighlight {
  /** Global, Unicode regex of the query; undefined when no search is active. */
  regex: RegExp | undefined;
  /** Changes whenever `regex` does; part of render cache keys. */
  key: string;
  /** `matchId` of the current match. */
  currentId: string | undefined;
  /** Whether a match id is counted: text matching outside the scope is not marked. */
  ids: { has: (id: string) => boolean };
}

const NONE: SearchHighlight = { regex: undefined, key: '', currentId: undefined, ids: new Set() };

/** Provided by the thread while a search is open. */
export const SearchHighlightContext = createContext<SearchHighlight>(NONE);

/** The active search, or one marking nothing. */
export function useSearchHighlight(): SearchHighlight {
  return useContext(SearchHighlightContext);
}

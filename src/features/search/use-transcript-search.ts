import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Message } from '../../transcript/model.ts';
import { findMatches, matchId, type SearchMatch } from '../../transcript/search/find.ts';
import { compileQuery } from '../../transcript/search/matcher.ts';
import type { SearchHighlight } from './search-context.ts';
import { readSearchParams, writeSearchParams, type SearchParams } from './search-params.ts';

/** The search of one transcript: its parameters, matches, current match, and ways to change them. */
export interface TranscriptSearch extends SearchParams {
  matches: SearchMatch[];
  /** Index of the current match in `matches`; -1 when there is none. */
  current: number;
  /** Why the query cannot run (an invalid regular expression), if so. */
  error?: string;
  /** True while the matches lag behind what was typed (the search is deferred). */
  stale: boolean;
  highlight: SearchHighlight;
  update: (change: Partial<SearchParams>) => void;
  /** Moves to the next (+1) or previous (-1) match, wrapping; returns it. */
  step: (delta: 1 | -1) => SearchMatch | undefined;
}

/**
 * Searches the loaded transcript (the model, not the page), keeping the query and options in the
 * URL. Matching is deferred, so typing stays responsive on long transcripts; the current match is
 * held by identity, so it stays put while further pages arrive and the matches grow.
 */
export function useTranscriptSearch(messages: Message[]): TranscriptSearch {
  const [params, setParams] = useSearchParams();
  // Local state drives the inputs; the URL mirrors it. Router navigations run in a transition,
  // so inputs bound to the URL itself would lag and drop keystrokes.
  const [search, setSearch] = useState<SearchParams>(() => readSearchParams(params));
  useEffect(() => {
    setParams((prev) => writeSearchParams(prev, search), { replace: true });
  }, [search, setParams]);
  const deferredQuery = useDeferredValue(search.query);
  const deferredMessages = useDeferredValue(messages);
  const { caseSensitive, wholeWord, regex } = search.options;
  const matcher = useMemo(
    () =>
      search.open ? compileQuery(deferredQuery, { caseSensitive, wholeWord, regex }) : undefined,
    [search.open, deferredQuery, caseSensitive, wholeWord, regex],
  );
  const matches = useMemo(
    () => (matcher?.ok ? findMatches(deferredMessages, matcher.regex, search.scope) : []),
    [matcher, deferredMessages, search.scope],
  );
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const found = currentId === undefined ? -1 : matches.findIndex((m) => matchId(m) === currentId);
  const current = found >= 0 ? found : matches.length > 0 ? 0 : -1;
  const first = matches[0];
  // Pin the first match once there is one, so pages arriving later cannot move it.
  if (currentId === undefined && first) setCurrentId(matchId(first));

  const update = useCallback((change: Partial<SearchParams>) => {
    setSearch((prev) => ({ ...prev, ...change }));
    if (change.query !== undefined || change.options || change.scope) setCurrentId(undefined);
  }, []);
  const step = (delta: 1 | -1) => {
    if (matches.length === 0) return undefined;
    const next = matches[(current + delta + matches.length) % matches.length];
    if (next) setCurrentId(matchId(next));
    return next;
  };
  const currentMatch = matches[current];
  const ids = useMemo(() => new Set(matches.map(matchId)), [matches]);
  const highlight = useMemo<SearchHighlight>(
    () => ({
      regex: matcher?.ok ? matcher.regex : undefined,
      key: matcher?.ok ? `${matcher.key}|${search.scope}` : '',
      currentId: currentMatch ? matchId(currentMatch) : undefined,
      ids,
    }),
    [matcher, search.scope, currentMatch, ids],
  );
  return {
    ...search,
    matches,
    current,
    ...(matcher && !matcher.ok ? { error: matcher.error } : {}),
    stale: deferredQuery !== search.query || deferredMessages !== messages,
    highlight,
    update,
    step,
  };
}

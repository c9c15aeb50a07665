import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Message } from '@/transcript/model.ts';
import {
  MatchList,
  matchId,
  type MatchKey,
  type SearchMatch,
} from '@/transcript/search/match-list.ts';
import { compileQuery } from '@/transcript/search/matcher.ts';
import type { SearchHighlight } from './search-context.ts';
import { readSearchParams, type SearchParams } from './search-params.ts';
import { useSearchUrl } from './use-search-url.ts';
import { answers, useMatchScan, type ScanRequest } from './use-match-scan.ts';
import { useWarmSearchFields } from './use-warm-search-fields.ts';

const NO_MATCHES = new MatchList([]);
/**
 * What marks ask when the scope is everything: every text the regex matches is in scope, so each
 * mark is counted, and no lookup among 100,000 matching fields is needed to say so. (A message
 * shown before the scan of its page finishes is marked a moment before it is counted.)
 */
const EVERY_FIELD = { has: () => true };

/** The search of one transcript: its parameters, matches, current match, and ways to change them. */
export interface TranscriptSearch extends SearchParams {
  /** The matches shown: possibly of an earlier query while a scan runs (see `forQuery`). */
  matches: MatchList;
  /** Index of the current match in `matches`; -1 when there is none. */
  current: number;
  /** Why the query cannot run (an invalid or unsupported regular expression), as the status says it. */
  error?: string;
  /** True while a scan runs: `matches` lag behind the query, options, scope or messages. */
  pending: boolean;
  /** True when `matches` are for this query, options and scope (over all or some messages). */
  forQuery: boolean;
  /** True before any result: nothing to show yet. */
  searching: boolean;
  /** How many messages `matches` cover (fewer than loaded while a new page is scanned). */
  searched: number;
  highlight: SearchHighlight;
  update: (change: Partial<SearchParams>) => void;
  /** Moves to the next (+1) or previous (-1) match, wrapping; returns it. */
  step: (delta: 1 | -1) => SearchMatch | undefined;
}

function sameKey(a: MatchKey, b: MatchKey): boolean {
  return a.messageId === b.messageId && a.fieldKey === b.fieldKey && a.occurrence === b.occurrence;
}

/**
 * Searches the loaded transcript (the model, not the page), keeping the query and options in the
 * URL. Matching runs in time slices off the keystroke (useMatchScan), so typing stays fluid on
 * long transcripts; until it finishes the previous result stays, marked pending. The current
 * match is held by identity, so it stays put while further pages arrive and the matches grow.
 */
export function useTranscriptSearch(messages: readonly Message[]): TranscriptSearch {
  const [params, setParams] = useSearchParams();
  // Local state drives the inputs; the URL mirrors it. Router navigations run in a transition,
  // so inputs bound to the URL itself would lag and drop keystrokes.
  const [search, setSearch] = useState<SearchParams>(() => readSearchParams(params));
  useSearchUrl(search, setParams);
  useWarmSearchFields(messages);
  const { query, options, scope, open } = search;
  const { caseSensitive, wholeWord, regex } = options;
  const matcher = useMemo(
    () => (open ? compileQuery(query, { caseSensitive, wholeWord, regex }) : undefined),
    [open, query, caseSensitive, wholeWord, regex],
  );
  const request: ScanRequest = { query, options, matcher, scope };
  const published = useMatchScan(messages, request);
  // Nothing to scan for: closed, empty, or an invalid regex. Then there are no matches, now.
  const idle = !matcher?.ok;
  const shown = idle ? undefined : published;
  const pending = !idle && !answers(published, request, messages);
  const forQuery = shown !== undefined && answers(shown, request, shown.messages);
  const matches = shown?.matches ?? NO_MATCHES;

  const [currentKey, setCurrentKey] = useState<MatchKey | undefined>(undefined);
  const found = useMemo(
    () => (currentKey ? matches.indexOf(currentKey) : -1),
    [matches, currentKey],
  );
  const current = found >= 0 ? found : matches.count > 0 ? 0 : -1;
  // Hold the first match of this query once there is one, so pages arriving later cannot move it.
  if (currentKey === undefined && forQuery && matches.count > 0) {
    const first = matches.at(0);
    if (first) setCurrentKey(first);
  }

  const update = useCallback((change: Partial<SearchParams>) => {
    setSearch((prev) => ({ ...prev, ...change }));
    if (change.query !== undefined || change.options || change.scope) setCurrentKey(undefined);
  }, []);
  const step = (delta: 1 | -1) => {
    if (!forQuery || matches.count === 0) return undefined;
    const next = matches.at((current + delta + matches.count) % matches.count);
    if (next && !(currentKey && sameKey(currentKey, next))) setCurrentKey(next);
    return next;
  };
  const currentMatch = forQuery ? matches.at(current) : undefined;
  const currentId = currentMatch ? matchId(currentMatch) : undefined;
  // Marks follow the shown result (its regex numbers them as its list does), not the query typed.
  const highlight = useMemo<SearchHighlight>(
    () => ({
      regex: shown?.regex,
      key: shown ? `${shown.regex.flags}/${shown.regex.source}|${shown.scope}` : '',
      currentId,
      ids: shown?.scope === 'everything' ? EVERY_FIELD : matches,
    }),
    [shown, currentId, matches],
  );
  return {
    ...search,
    matches,
    current,
    ...(matcher && !matcher.ok ? { error: matcher.error } : {}),
    pending,
    forQuery,
    searching: pending && shown === undefined,
    searched: shown?.messages.length ?? messages.length,
    highlight,
    update,
    step,
  };
}

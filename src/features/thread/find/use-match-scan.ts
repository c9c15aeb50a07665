import { useLayoutEffect, useRef, useState } from 'react';
import type { Message } from '@/transcript/model.ts';
import type { SearchScope } from '@/transcript/search/fields.ts';
import { narrows, type Matcher, type SearchOptions } from '@/transcript/search/matcher.ts';
import { startScan, type ScanResult } from '@/transcript/search/scan.ts';
import { runInSlices } from '@/lib/run-in-slices.ts';

/** A finished scan, and the query and options it answers. */
export interface PublishedScan extends ScanResult {
  query: string;
  options: SearchOptions;
}

/** What to search for: the typed query, how it reads, its compiled form, and where. */
export interface ScanRequest {
  query: string;
  options: SearchOptions;
  matcher: Matcher | undefined;
  scope: SearchScope;
}

/** True when `scan` answers `request` over `messages` in full. */
export function answers(
  scan: PublishedScan | undefined,
  request: ScanRequest,
  messages: readonly Message[],
): boolean {
  const o = request.options;
  return (
    scan !== undefined &&
    scan.query === request.query &&
    scan.scope === request.scope &&
    scan.messages === messages &&
    scan.options.caseSensitive === o.caseSensitive &&
    scan.options.wholeWord === o.wholeWord &&
    scan.options.regex === o.regex
  );
}

/**
 * Searches `messages` for `request` in time slices (never a long task, even at 100,000
 * messages), and returns the latest finished scan: possibly for an earlier query or fewer
 * messages, so callers compare it with what they asked (`answers`). A new query, option, scope
 * or page cancels the running scan; the next one reuses the last result where it can (pages
 * added at either end, a query typed on).
 */
export function useMatchScan(
  messages: readonly Message[],
  request: ScanRequest,
): PublishedScan | undefined {
  const [published, setPublished] = useState<PublishedScan | undefined>(undefined);
  // The latest result, for the next scan to build on without re-running this effect.
  const latest = useRef<PublishedScan | undefined>(undefined);
  const { query, options, matcher, scope } = request;
  useLayoutEffect(() => {
    if (!matcher?.ok) return;
    const previous = latest.current;
    const wanted = { query, options, matcher, scope };
    if (answers(previous, wanted, messages)) return;
    const scan = startScan(messages, matcher.regex, scope, {
      ...(previous ? { previous } : {}),
      narrows: previous !== undefined && narrows(previous, wanted),
    });
    const publish = () => {
      const result = { ...scan.result(), query, options };
      latest.current = result;
      setPublished(result);
    };
    return runInSlices(scan.step, publish);
  }, [messages, query, options, matcher, scope]);
  return published;
}

import { useEffect, useRef, type RefObject } from 'react';
import type { ShownRows } from '../../transcript/rows.ts';
import type { TranscriptSearch } from '../search/use-transcript-search.ts';
import type { ThreadViewHandle } from './thread-view.tsx';

/**
 * Brings the current match into view whenever it changes (a step, a new query, the first
 * result), opening the card or fold that holds it; pages arriving later do not move it. The
 * search runs on a deferred copy of the messages, so a match can be found a render before its
 * row exists: then the reveal is tried again as the rows change, until it lands once.
 * @param showAll called when the match is in a message the current view hides.
 */
export function useSearchNavigation(
  search: TranscriptSearch,
  rows: ShownRows,
  view: RefObject<ThreadViewHandle | null>,
  showAll: () => void,
) {
  // Only a result for this query moves the view: not the last one, shown while a scan runs.
  const match = search.forQuery ? search.matches.at(search.current) : undefined;
  const id = search.highlight.currentId;
  const revealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!match || !id || revealed.current === id) return;
    const selector = `mark[data-match-id="${CSS.escape(id)}"]`;
    const expand = match.reveal ? [match.reveal] : [];
    const go = () => {
      if (view.current?.reveal(match.messageId, expand, selector)) revealed.current = id;
      else if (!rows.messages.some((m) => m.id === match.messageId)) showAll();
    };
    // After the next paint: the find bar's count shows in the frame after the keystroke, and the
    // view moves in the one after (rendering the rows around a far match takes a frame's time).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(go, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [id, match, rows, view, showAll]);
}

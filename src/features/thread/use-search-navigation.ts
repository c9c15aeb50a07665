import { useEffect, useRef } from 'react';
import type { TranscriptSearch } from './find/use-transcript-search.ts';
import type { RowActions } from './row-actions.ts';

/**
 * Goes to the current match whenever it changes (a step, a new query, the first result), opening
 * the card or fold that holds it; pages arriving later do not move it.
 */
export function useSearchNavigation(search: TranscriptSearch, goTo: RowActions['goTo']) {
  // Only a result for this query moves the view: not the last one, shown while a scan runs.
  const match = search.forQuery ? search.matches.at(search.current) : undefined;
  const id = search.highlight.currentId;
  const gone = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!match || !id || gone.current === id) return;
    const selector = `mark[data-match-id="${CSS.escape(id)}"]`;
    // After the next paint: the find bar's count shows in the frame after the keystroke, and the
    // view moves in the one after (rendering the rows around a far match takes a frame's time).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        gone.current = id;
        goTo(
          { messageId: match.messageId, align: 'center', selector },
          match.reveal ? [match.reveal] : [],
        );
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [id, match, goTo]);
}

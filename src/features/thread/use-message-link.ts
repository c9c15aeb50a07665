import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { messageIndex } from '../../transcript/message-index.ts';
import type { Message } from '../../transcript/model.ts';
import type { ThreadViewHandle } from './thread-view.tsx';

/**
 * `?message=<id>` (ui-contract.md "URLs"): scrolls to that message and highlights it, waiting for
 * the page that holds it when it has not loaded yet.
 * @returns the highlighted message id, and whether the whole transcript loaded without it.
 */
export function useMessageLink(
  messages: readonly Message[],
  loading: boolean,
  view: RefObject<ThreadViewHandle | null>,
  showAll: () => void,
): { highlightedId: string | undefined; missing: boolean } {
  const [params] = useSearchParams();
  const target = params.get('message') ?? undefined;
  const shown = useRef<string | undefined>(undefined);
  // Once per list and target, not per render: the thread renders on every keystroke in the find
  // bar. While pages arrive, a walk (each list is new and is walked once); once loaded, the
  // list's index, built in idle time (useWarmMessageIndex) and looked up by the view's reveal next.
  const present = useMemo(
    () =>
      target !== undefined &&
      (loading
        ? messages.some((m) => m.id === target)
        : messageIndex(messages).get(target) !== undefined),
    [messages, loading, target],
  );
  useEffect(() => {
    if (!target || !present || shown.current === target) return;
    if (!view.current?.reveal(target)) {
      showAll();
      return;
    }
    shown.current = target;
  }, [target, present, view, showAll, messages]);
  return { highlightedId: target, missing: target !== undefined && !present && !loading };
}

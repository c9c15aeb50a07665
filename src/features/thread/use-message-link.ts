import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { messageIndex } from '@/transcript/message-index.ts';
import type { Message } from '@/transcript/model.ts';
import type { RowActions } from './row-actions.ts';

/**
 * `?message=<id>` (docs/contract.md "URLs"): goes to that message and highlights it, once the page
 * that holds it has loaded.
 * @returns the highlighted message id, and whether the whole transcript loaded without it.
 */
export function useMessageLink(
  messages: readonly Message[],
  loading: boolean,
  goTo: RowActions['goTo'],
): { highlightedId: string | undefined; missing: boolean } {
  const [params] = useSearchParams();
  const target = params.get('message') ?? undefined;
  const shown = useRef<string | undefined>(undefined);
  // Once per list and target, not per render (the thread renders on every keystroke in the find
  // bar): while pages arrive, a walk of each new list; once loaded, the list's index.
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
    shown.current = target;
    goTo({ messageId: target, align: 'center' });
  }, [target, present, goTo]);
  return { highlightedId: target, missing: target !== undefined && !present && !loading };
}

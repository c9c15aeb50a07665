import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PayloadSource } from '@/transcript-loading/use-message-payload.ts';
import type { MessageDetail } from '@/vendors/index.ts';
import type { Message } from '@/transcript/model.ts';
import { NOTHING_OPEN, opened, toggled, type OpenParts } from '@/transcript/open-parts.ts';
import type { ShownRows } from '@/transcript/rows.ts';
import type { NavTarget, RowActions } from './row-actions.ts';

/** What {@link useThreadActions} works from. */
export interface ThreadActionsProps {
  messages: readonly Message[];
  rows: ShownRows;
  payload: PayloadSource;
  describe: (raw: unknown) => MessageDetail[];
  /** Turns the view's filter off ("Conversation only"). */
  showAll: () => void;
}

/**
 * The thread's view state that rows act on: what is open (open-parts.ts), and where the view goes
 * (the target the feed lands on and holds, feed/use-scroll-controller.ts). `actions.goTo` first
 * opens the parts given, and shows every message when the view's filter hides the target.
 */
export function useThreadActions({
  messages,
  rows,
  payload,
  describe,
  showAll,
}: ThreadActionsProps) {
  const [target, setTarget] = useState<NavTarget | undefined>(undefined);
  const [open, setOpen] = useState<OpenParts>(NOTHING_OPEN);
  const latest = useRef({ messages, rows });
  useLayoutEffect(() => {
    latest.current = { messages, rows };
  });
  const goTo = useCallback(
    (next: NavTarget, parts: readonly string[] = []) => {
      if (parts.length > 0) setOpen((prev) => opened(prev, next.messageId, parts));
      const { messages: all, rows: shown } = latest.current;
      const hidden = shown.messages !== all && !shown.messages.some((m) => m.id === next.messageId);
      if (hidden) showAll();
      setTarget(next);
    },
    [showAll],
  );
  const actions = useMemo<RowActions>(
    () => ({
      toggle: (messageId, key) => setOpen((prev) => toggled(prev, messageId, key)),
      goTo,
      payload,
      describe,
    }),
    [goTo, payload, describe],
  );
  return { target, open, setOpen, actions };
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { PositionedMessage } from '../../transcript/rows.ts';
import type { ToolPairing } from '../../transcript/tool-pairing.ts';
import { JumpButtons } from './jump-buttons.tsx';
import { MessageArticle } from './message-article.tsx';
import { ThreadActionsContext, type ThreadActions } from './thread-context.ts';
import { useScrollAnchor } from './use-scroll-anchor.ts';

/** Close to a typical bubble's height (px), so positions settle with little correction. */
const ESTIMATED_ROW_PX = 110;

/** What the thread's owner can ask of the view. */
export interface ThreadViewHandle {
  reveal: (messageId: string, expandKey?: string) => void;
}

/** Props of {@link ThreadView}. */
export interface ThreadViewProps {
  /** The messages shown, each with its position in the whole transcript. */
  rows: PositionedMessage[];
  busy: boolean;
  /** The `aria-setsize` of every article: the message count when known, else -1. */
  setSize: number;
  pairing: ToolPairing;
  expanded: ReadonlySet<string>;
  setExpanded: (update: (prev: ReadonlySet<string>) => ReadonlySet<string>) => void;
  ref?: Ref<ThreadViewHandle>;
}

/**
 * The virtualized feed (ui-contract.md "Transcript"): role `feed` named "Transcript", one
 * `article` per message in view, `aria-busy` while pages load. It owns the virtualizer; rows only
 * render (design.md "The data path" step 6).
 */
export function ThreadView({
  rows,
  busy,
  setSize,
  pairing,
  expanded,
  setExpanded,
  ref,
}: ThreadViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const messages = useMemo(() => rows.map((r) => r.message), [rows]);
  const indexById = useMemo(() => new Map(messages.map((m, i) => [m.id, i])), [messages]);
  const getItemKey = useCallback((i: number) => messages[i]?.id ?? i, [messages]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    getItemKey,
  });
  useScrollAnchor(virtualizer, messages, scrollRef);

  const toggle = useCallback(
    (key: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [setExpanded],
  );
  const reveal = useCallback(
    (messageId: string, expandKey?: string) => {
      if (expandKey)
        setExpanded((prev) => (prev.has(expandKey) ? prev : new Set(prev).add(expandKey)));
      const index = indexById.get(messageId);
      if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'center' });
    },
    [indexById, setExpanded, virtualizer],
  );
  useImperativeHandle(ref, () => ({ reveal }), [reveal]);
  const actions = useMemo<ThreadActions>(
    () => ({ expanded, toggle, reveal, pairing }),
    [expanded, toggle, reveal, pairing],
  );
  const jump = (index: number) =>
    virtualizer.scrollToIndex(index, { align: index === 0 ? 'start' : 'end' });

  return (
    <ThreadActionsContext value={actions}>
      <div className="relative flex min-h-0 flex-1 flex-col">
        <JumpButtons count={rows.length} onJump={jump} />
        <div
          ref={scrollRef}
          tabIndex={0}
          aria-label="Transcript scroller"
          className="min-h-0 flex-1 overflow-auto"
        >
          <div
            role="feed"
            aria-label="Transcript"
            aria-busy={busy}
            className="relative mx-auto w-full max-w-4xl"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="absolute top-0 left-0 w-full px-4 py-1.5"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <MessageArticle message={row.message} position={row.position} setSize={setSize} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </ThreadActionsContext>
  );
}

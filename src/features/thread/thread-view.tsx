import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Message } from '../../transcript/model.ts';
import { pairToolCalls } from '../../transcript/tool-pairing.ts';
import { JumpButtons } from './jump-buttons.tsx';
import { MessageArticle } from './message-article.tsx';
import { useScrollAnchor } from './use-scroll-anchor.ts';

/** Close to a typical bubble's height (px), so positions settle with little correction. */
const ESTIMATED_ROW_PX = 110;

/**
 * The virtualized feed (ui-contract.md "Transcript"): role `feed` named "Transcript", one
 * `article` per message in view, `aria-busy` while pages load. State that must survive a row's
 * unmount (expanded tool cards) lives here, not in the rows (design.md "The data path" step 6).
 * @param setSize the `aria-setsize` of every article: the message count when known, else -1.
 */
export function ThreadView({
  messages,
  busy,
  setSize,
}: {
  messages: Message[];
  busy: boolean;
  setSize: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const pairing = useMemo(() => pairToolCalls(messages), [messages]);
  const getItemKey = useCallback((i: number) => messages[i]?.id ?? i, [messages]);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    getItemKey,
  });
  useScrollAnchor(virtualizer, messages, scrollRef);
  const toggle = useCallback((key: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const jump = (index: number) =>
    virtualizer.scrollToIndex(index, { align: index === 0 ? 'start' : 'end' });
  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <JumpButtons count={messages.length} onJump={jump} />
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
          {virtualizer.getVirtualItems().map((row) => {
            const message = messages[row.index];
            if (!message) return null;
            return (
              <div
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                className="absolute top-0 left-0 w-full px-4 py-1.5"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <MessageArticle
                  message={message}
                  position={row.index + 1}
                  setSize={setSize}
                  pairing={pairing}
                  expanded={expanded}
                  onToggle={toggle}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

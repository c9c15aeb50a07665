import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { OpenParts } from '@/transcript/open-parts.ts';
import { rowAt, type Row, type RowLinks, type ShownRows } from '@/transcript/rows.ts';
import { MessageArticle } from '../message/message-article.tsx';
import { MessagePlaceholder } from '../message/message-placeholder.tsx';
import type { NavTarget, RowActions } from '../row-actions.ts';
import { JumpButtons } from './jump-buttons.tsx';
import { useFlight } from './use-flight.ts';
import { useScrollController } from './use-scroll-controller.ts';

/**
 * The room above a row: none when it continues the turn of the row before (`Row.turnContinues`),
 * more when its turn differs, as usual for vendors without turns.
 */
function turnGap({ message, turnContinues }: Row): string {
  if (turnContinues) return 'pt-0';
  return message.turnId === undefined ? 'pt-1.5' : 'pt-4';
}

/** Close to a typical bubble's height (px), so positions settle with little correction. */
const ESTIMATED_ROW_PX = 110;

/** Props of {@link ThreadView}. */
export interface ThreadViewProps {
  /** The messages shown, each with its position in the whole transcript. */
  rows: ShownRows;
  /** What rows link to: tool pairs, offered buttons, late replies (use-row-links.ts). */
  links: RowLinks;
  /** True while pages load: the feed is `aria-busy`. */
  busy: boolean;
  /** The `aria-setsize` of every article: the message count when known, else -1. */
  messageCount: number;
  /** Where the reader asked to go: the view lands there and holds it (use-scroll-controller.ts). */
  target: NavTarget | undefined;
  /** A message to show highlighted (`?message=`). */
  highlightedId: string | undefined;
  open: OpenParts;
  actions: RowActions;
}

/**
 * The virtualized feed (docs/contract.md "Transcript"): role `feed` named "Transcript", one
 * `article` per message in view, `aria-busy` while pages load. It owns the virtualizer and the
 * scroll; rows only render what their props hold (docs/architecture.md, "From a page arriving
 * to rows on screen").
 */
export function ThreadView(props: ThreadViewProps) {
  const { rows, links, busy, messageCount, target, highlightedId, open, actions } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { messages } = rows;
  // Keyed by message id: a measured height stays with its message when pages are merged in above.
  const getItemKey = useCallback((i: number) => messages[i]?.id ?? -1 - i, [messages]);
  const { flying, jump, expect } = useFlight(scrollRef);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    // Few rows beyond the view: every row mounted is work in a fast drag.
    overscan: 1,
    getItemKey,
  });
  useScrollController({ scrollRef, virtualizer, messages, busy, target, jump, expect });
  const jumpTo = (index: number) => {
    const message = messages[index];
    if (message) actions.goTo({ messageId: message.id, align: index === 0 ? 'start' : 'end' });
  };

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <JumpButtons count={messages.length} onJump={jumpTo} />
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
          {virtualizer.getVirtualItems().map((item, slot) => {
            const row = rowAt(rows, item.index, links);
            if (!row) return null;
            return (
              <div
                // While flying, rows are keyed by their slot on screen: each frame's placeholders
                // reuse the last frame's elements instead of replacing them.
                key={flying ? `slot ${slot}` : item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                // One turn's messages sit close together, with more room before the next turn.
                className={`absolute top-0 left-0 w-full px-4 pb-1.5 ${turnGap(row)}`}
                style={{
                  transform: `translateY(${item.start}px)`,
                  // A placeholder takes the row's known height, so measuring it changes nothing.
                  height: flying ? item.size : undefined,
                }}
              >
                {flying ? (
                  <MessagePlaceholder
                    message={row.message}
                    position={row.position}
                    messageCount={messageCount}
                  />
                ) : (
                  <MessageArticle
                    {...row}
                    messageCount={messageCount}
                    open={open.get(row.message.id)}
                    highlighted={row.message.id === highlightedId}
                    actions={actions}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

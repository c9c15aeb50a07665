import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { messageIndex } from '../../transcript/message-index.ts';
import { positionAt, type ShownRows } from '../../transcript/rows.ts';
import type { ToolPairing } from '../../transcript/tool-pairing.ts';
import { JumpButtons } from './jump-buttons.tsx';
import { MessageArticle } from './message-article.tsx';
import { MessagePlaceholder } from './message-placeholder.tsx';
import { settleOn } from './settle-on.ts';
import { ThreadActionsContext, type ThreadActions } from './thread-context.ts';
import { useScrollAnchor } from './use-scroll-anchor.ts';
import { useScrollSeek } from './use-scroll-seek.ts';

/** Close to a typical bubble's height (px), so positions settle with little correction. */
const ESTIMATED_ROW_PX = 110;

/**
 * A row's height for the virtualizer. From a ResizeObserver entry, its border box. On mount (no
 * entry), the height known so far rather than a layout read: the observer reports every new row
 * in the same frame, in one batch, so the positions of everything after it are recomputed once per
 * frame instead of once per row (at 100,000 rows each recomputation walks them all).
 */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  if (entry) return Math.round(element.getBoundingClientRect().height);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

/** What the thread's owner can ask of the view. */
export interface ThreadViewHandle {
  /**
   * Scrolls to a message, first opening the `expand` cards or folds, and settles on `selector`
   * inside the feed (a search mark) or else the message itself.
   * @returns false when the message is not among the rows shown.
   */
  reveal: (messageId: string, expand?: readonly string[], selector?: string) => boolean;
  /** Scrolls to the row at `index` (of the rows shown) and focuses its article. */
  focusRow: (index: number) => void;
  /** The row index of the focused article, or -1. */
  focusedRow: () => number;
  rowCount: () => number;
  /** Brings a pinned target back into view, if the reader has not scrolled away from it. */
  repin: () => void;
}

/** Props of {@link ThreadView}. */
export interface ThreadViewProps {
  /** The messages shown, each with its position in the whole transcript. */
  rows: ShownRows;
  busy: boolean;
  /** The `aria-setsize` of every article: the message count when known, else -1. */
  setSize: number;
  /** A message to show highlighted (`?message=`). */
  highlightedId?: string;
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
export function ThreadView(props: ThreadViewProps) {
  const { rows, busy, setSize, pairing, expanded, setExpanded, highlightedId, ref } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { messages } = rows;
  // One per list (a WeakMap lookup), built on first use or in idle time once loading ends
  // (useWarmMessageIndex): a page arriving should not pay for a 100,000-entry map nobody asked
  // for yet, nor the first jump.
  const indexById = messageIndex(messages);
  // Message ids: measured heights stay with their message when pages are merged in above or rows
  // are filtered, without a key table beside every message. Not free: each recomputation of the
  // positions reads every later message's id (numbers would be about twice as fast).
  const getItemKey = useCallback((i: number) => messages[i]?.id ?? -1 - i, [messages]);
  // Before the virtualizer: see useScrollSeek. The view's own jumps hold it off for a moment.
  const { seeking, hold: holdSeek, expect } = useScrollSeek(scrollRef);
  // What the reader asked to see (a match, a linked message): held still while pages are merged in
  // above it (useScrollAnchor), and brought back into view once the last page is in (repin),
  // unless they have scrolled by hand or moved elsewhere since.
  const pinned = useRef<{ messageId: string; find: () => Element | null | undefined } | undefined>(
    undefined,
  );
  const pinnedId = useCallback(() => pinned.current?.messageId, []);
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    // Few rows beyond the view: every row mounted is work in a fast drag (and elements in the page).
    overscan: 1,
    getItemKey,
    measureElement: measureRow,
  });
  const recordAnchor = useScrollAnchor(virtualizer, messages, scrollRef, expect, pinnedId);

  const toggle = useCallback(
    (key: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [setExpanded],
  );
  const stopSettling = useRef<() => void>(() => undefined);
  const stopFocusing = useRef<() => void>(() => undefined);
  const articleOf = (messageId: string) =>
    scrollRef.current?.querySelector(`article[data-message-id="${CSS.escape(messageId)}"]`);
  /**
   * Scrolls to a message's row by writing the offset, then settles on the rendered element. Not the
   * virtualizer's scrollToIndex: it keeps aiming at the index for several frames, and when older
   * pages are merged in above, that index is another message.
   */
  // The latest index, for settling loops that outlive a page merged in above.
  const latestIndex = useRef(indexById);
  latestIndex.current = indexById;
  const scrollToRow = useCallback(
    (messageId: string, block: ScrollLogicalPosition, find: () => Element | null | undefined) => {
      const aim = () => {
        const el = scrollRef.current;
        const index = latestIndex.current.get(messageId);
        const row = index === undefined ? undefined : virtualizer.measurementsCache[index];
        if (!el || !row) return;
        const view = el.clientHeight;
        const outside = row.start < el.scrollTop || row.end > el.scrollTop + view;
        if (block === 'nearest' && !outside) return;
        const top =
          block === 'start' || (block === 'nearest' && row.start < el.scrollTop)
            ? row.start
            : block === 'end' || block === 'nearest'
              ? row.end - view
              : row.start - (view - row.size) / 2;
        holdSeek();
        el.scrollTop = Math.max(0, top);
        recordAnchor();
      };
      aim();
      stopSettling.current();
      stopSettling.current = settleOn(
        find,
        (found) => {
          holdSeek();
          found.scrollIntoView({ block });
          recordAnchor();
        },
        aim,
      );
    },
    [virtualizer, recordAnchor, holdSeek],
  );
  useEffect(() => {
    const el = scrollRef.current;
    const unpin = () => (pinned.current = undefined);
    const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const e of events) el?.addEventListener(e, unpin, { passive: true });
    return () => events.forEach((e) => el?.removeEventListener(e, unpin));
  }, []);
  const reveal = useCallback(
    (messageId: string, expand: readonly string[] = [], selector?: string) => {
      if (expand.length > 0)
        setExpanded((prev) =>
          expand.every((k) => prev.has(k)) ? prev : new Set([...prev, ...expand]),
        );
      const index = indexById.get(messageId);
      if (index === undefined) return false;
      const find = () =>
        (selector ? scrollRef.current?.querySelector(selector) : null) ?? articleOf(messageId);
      pinned.current = { messageId, find };
      scrollToRow(messageId, 'center', find);
      return true;
    },
    [indexById, setExpanded, scrollToRow],
  );
  useImperativeHandle(
    ref,
    () => ({
      reveal,
      focusRow(index) {
        const message = messages[index];
        if (!message) return;
        const find = () => articleOf(message.id);
        pinned.current = undefined;
        scrollToRow(message.id, 'nearest', find);
        // A focus still settling from the last key must not take focus back from this one.
        stopFocusing.current();
        stopFocusing.current = settleOn(
          find,
          (el) => el instanceof HTMLElement && el.focus({ preventScroll: true }),
        );
      },
      focusedRow() {
        const id = document.activeElement?.closest('article')?.getAttribute('data-message-id');
        return id ? (indexById.get(id) ?? -1) : -1;
      },
      rowCount: () => messages.length,
      repin() {
        const pin = pinned.current;
        const index = pin && indexById.get(pin.messageId);
        if (pin && index !== undefined) scrollToRow(pin.messageId, 'center', pin.find);
      },
    }),
    [reveal, messages, scrollToRow, indexById],
  );
  const actions = useMemo<ThreadActions>(
    () => ({ expanded, toggle, reveal, pairing }),
    [expanded, toggle, reveal, pairing],
  );
  const jump = (index: number) => {
    const message = messages[index];
    if (!message) return;
    pinned.current = undefined;
    scrollToRow(message.id, index === 0 ? 'start' : 'end', () => articleOf(message.id));
  };

  return (
    <ThreadActionsContext value={actions}>
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
            {virtualizer.getVirtualItems().map((item, slot) => {
              const message = messages[item.index];
              if (!message) return null;
              const position = positionAt(rows, item.index);
              return (
                <div
                  // While flying, rows are keyed by their slot on screen: each frame's
                  // placeholders reuse the last frame's elements instead of replacing them.
                  key={seeking ? `slot ${slot}` : item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="absolute top-0 left-0 w-full px-4 py-1.5"
                  style={{
                    transform: `translateY(${item.start}px)`,
                    // A placeholder takes the row's known height, so measuring it changes nothing.
                    height: seeking ? item.size : undefined,
                  }}
                >
                  {seeking ? (
                    <MessagePlaceholder message={message} position={position} setSize={setSize} />
                  ) : (
                    <MessageArticle
                      message={message}
                      position={position}
                      setSize={setSize}
                      highlighted={message.id === highlightedId}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </ThreadActionsContext>
  );
}

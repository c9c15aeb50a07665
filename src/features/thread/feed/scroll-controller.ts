/**
 * The feed's scroll decisions, as pure functions of what the view measures: where a target lands,
 * which message the view holds still while rows change above it, and when the reader is flying
 * through rows too fast to read them. use-scroll-controller.ts applies them to the scroller.
 */

/** A row's place in the feed: its top and height, px from the feed's top. */
export interface RowBox {
  start: number;
  size: number;
}

/** The scroller's visible window: `scrollTop` and `clientHeight`, px. */
export interface ViewBox {
  top: number;
  height: number;
}

/** Where a target lands in the view; `nearest` moves only as far as showing it whole takes. */
export type Align = 'start' | 'center' | 'end' | 'nearest';

/** The `scrollTop` (px, at least 0) that shows `box` as `align` says, from the view `view`. */
export function landingTop(box: RowBox, view: ViewBox, align: Align): number {
  const end = box.start + box.size;
  const top =
    align === 'start'
      ? box.start
      : align === 'end'
        ? end - view.height
        : align === 'center'
          ? box.start - (view.height - box.size) / 2
          : box.start < view.top
            ? box.start
            : end > view.top + view.height
              ? end - view.height
              : view.top;
  return Math.max(0, top);
}

/** What the view holds still while rows change above it: a message, `offset` px into its row. */
export interface Anchor {
  messageId: string;
  offset: number;
}

/** The first row whose bottom is below `top` (px), by binary search; rows are in feed order. */
export function rowAtTop(rows: readonly { start: number; end: number }[], top: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid]?.end ?? 0) > top) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The anchor of the view at `top` px: the held message (a target the reader asked for) wherever it
 * is, else the message at the top of the view. None at the very top with nothing held: an
 * untouched transcript whose older pages arrive above stays at its first message.
 * @param held the held message and its row's start, px.
 * @param messageAt the message id of row `index`.
 */
export function anchorAt(
  rows: readonly { start: number; end: number }[],
  top: number,
  messageAt: (index: number) => string | undefined,
  held?: { messageId: string; start: number },
): Anchor | undefined {
  if (held) return { messageId: held.messageId, offset: top - held.start };
  if (top <= 0 || rows.length === 0) return undefined;
  const index = rowAtTop(rows, top);
  const messageId = messageAt(index);
  const row = rows[index];
  return messageId === undefined || !row ? undefined : { messageId, offset: top - row.start };
}

/**
 * Whether a wanted `scrollTop` differs from the current one by more than a rounding error: the
 * browser keeps fractional offsets, and a write of the same place would only cost a layout.
 */
export function moves(current: number, wanted: number): boolean {
  return Math.abs(wanted - current) > 1;
}

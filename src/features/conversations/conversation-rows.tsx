import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { transcriptPath } from '@/hooks/list-params.ts';
import { singleKeyShortcutsOn } from '@/hooks/use-single-key-shortcuts.ts';
import type { ConversationSummary, ListFilters, Vendor } from '@/vendors/index.ts';
import { ConversationListItem } from './conversation-list-item.tsx';
import { columnsOf, type ListColumns } from './list-columns.ts';

/** Every row's height, px: rows are one line each, so none is measured. */
const ROW_PX = 56;

/** Props of {@link ConversationRows}. */
export interface ConversationRowsProps {
  vendor: Vendor;
  /** The filters the rows were found with: each link carries them (hooks/list-params.ts). */
  filters: ListFilters;
  items: readonly ConversationSummary[];
  /** The element that scrolls the page. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Asked for when the rows near the end come into view. */
  onNearEnd: () => void;
}

/**
 * The vendor's list as a `list` named e.g. "Telnyx AI conversations" (docs/contract.md
 * "Lists"), virtualized: only rows near the screen are in the page, each a `listitem` with its
 * position and the count, holding one `link`. `j`/`k` (or the arrow keys) move between rows,
 * Enter opens one.
 */
export function ConversationRows(props: ConversationRowsProps) {
  const { vendor, filters, items, scrollRef, onNearEnd } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    // Few rows beyond the view: every row mounted is work in a fast drag.
    overscan: 3,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= items.length - 20) onNearEnd();
  }, [last, items.length, onNearEnd]);
  // Once per list, not per frame: it reads every row.
  const columns = useMemo(() => columnsOf(items), [items]);

  const move = (e: KeyboardEvent<HTMLUListElement>) => {
    // `j`/`k` are single-key shortcuts, which the reader may have switched off; the arrows stay.
    const letters = singleKeyShortcutsOn();
    const step =
      e.key === 'ArrowDown' || (letters && e.key === 'j')
        ? 1
        : e.key === 'ArrowUp' || (letters && e.key === 'k')
          ? -1
          : 0;
    if (step === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const current = Number(document.activeElement?.closest('li')?.dataset.index ?? -1);
    const next = Math.min(items.length - 1, Math.max(0, current + step));
    e.preventDefault();
    const link = () =>
      listRef.current?.querySelector<HTMLAnchorElement>(`li[data-index="${next}"] a`);
    // A neighbour is almost always rendered (overscan): focused at once, so that quick presses
    // each count. Otherwise it is scrolled to, and focused once it exists.
    const now = link();
    if (now) {
      now.focus();
      return;
    }
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => link()?.focus());
  };

  return (
    <>
      <ListHeader columns={columns} />
      <ul
        ref={listRef}
        aria-label={`${vendor.label} ${vendor.noun}s`}
        onKeyDown={move}
        className="relative mt-2 rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const summary = items[row.index];
          if (!summary) return null;
          return (
            <ConversationListItem
              key={summary.id}
              to={transcriptPath(vendor.id, summary.id, filters)}
              summary={summary}
              columns={columns}
              index={row.index}
              count={items.length}
              style={{
                height: ROW_PX,
                transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
              }}
            />
          );
        })}
      </ul>
    </>
  );
}

/** The columns' names above the rows; each row's link says them to a screen reader. */
function ListHeader({ columns }: { columns: ListColumns }) {
  const cell = 'shrink-0 truncate';
  return (
    <div
      aria-hidden="true"
      className="mt-4 flex gap-4 px-4 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400"
    >
      <span className="min-w-0 flex-1">Conversation</span>
      {columns.channel && <span className={`${cell} w-24`}>Channel</span>}
      {columns.endUser && <span className={`${cell} w-40`}>End user</span>}
      {columns.assistant && <span className={`${cell} w-28`}>Assistant</span>}
      {columns.aiDisabled && <span className={`${cell} w-14`}>AI</span>}
      <span className={`${cell} w-40`}>Started</span>
      <span className={`${cell} w-40`}>Last message</span>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { filtersFromParams, LIST_PARAM, transcriptPath } from '@/hooks/list-params.ts';
import { useConversationList } from '@/hooks/use-conversation-list.ts';
import type { Vendor } from '@/vendors/index.ts';
import { typingIn } from '@/lib/typing-in.ts';
import { singleKeyShortcutsOn } from '@/hooks/use-single-key-shortcuts.ts';

/** How far a transcript's list is read to find the transcript in it, in rows. */
const FIND_WITHIN = 2000;

const BUTTON =
  'rounded border border-slate-300 px-2 py-0.5 text-xs enabled:hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:enabled:hover:bg-slate-800';

/**
 * For a transcript opened from a list (`?list=`, hooks/list-params.ts): the way back to that
 * list with its filters, "Previous conversation" and "Next conversation" (and `[` / `]`) through
 * it, and the transcript's place in it. The list is read once the transcript has begun to show
 * (`ready`), from the cache when the reader came from it; the next page is asked for as the
 * reader nears the end of what is loaded. Without `?list=`, a link back to the whole list.
 */
export function ListNeighbours({
  vendor,
  conversationId,
  ready,
}: {
  vendor: Vendor;
  conversationId: string;
  /** True once the transcript's first page is in: the list must not delay it. */
  ready: boolean;
}) {
  const [params] = useSearchParams();
  const raw = params.get(LIST_PARAM);
  const filters = filtersFromParams(new URLSearchParams(raw ?? ''), vendor);
  const list = useConversationList(vendor, filters, { enabled: raw !== null && ready });
  const { items, hasMore, loadMore } = list;
  const index = items.findIndex((c) => c.id === conversationId);
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : undefined;
  const navigate = useNavigate();
  const go = (id: string | undefined) => {
    if (id !== undefined) void navigate(transcriptPath(vendor.id, id, filters));
  };
  // Read on while the transcript is not among the rows loaded, or is one of the last.
  const nearEnd = index === -1 ? list.loaded < FIND_WITHIN : index >= items.length - 3;
  useEffect(() => {
    if (raw !== null && ready && hasMore && nearEnd) loadMore();
  }, [raw, ready, hasMore, nearEnd, loadMore]);

  const latest = useRef({ previous, next, go });
  useEffect(() => {
    latest.current = { previous, next, go };
  });
  useEffect(() => {
    if (raw === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (!singleKeyShortcutsOn()) return;
      const to =
        e.key === '[' ? latest.current.previous : e.key === ']' ? latest.current.next : undefined;
      if (!to) return;
      e.preventDefault();
      latest.current.go(to.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [raw]);

  const back = raw ? `/${vendor.id}?${raw}` : `/${vendor.id}`;
  const link = 'text-sm text-blue-700 hover:underline dark:text-blue-300';
  if (raw === null) {
    return (
      <Link to={back} className={link}>
        ← {vendor.label}
      </Link>
    );
  }
  return (
    <nav aria-label="Conversations in the list" className="flex items-center gap-2">
      <Link to={back} className={link}>
        ← {raw ? 'Filtered list' : vendor.label}
      </Link>
      <button
        type="button"
        className={BUTTON}
        disabled={!previous}
        onClick={() => go(previous?.id)}
        aria-keyshortcuts="["
      >
        Previous conversation
      </button>
      <button
        type="button"
        className={BUTTON}
        disabled={!next}
        onClick={() => go(next?.id)}
        aria-keyshortcuts="]"
      >
        Next conversation
      </button>
      {index >= 0 && (
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {(index + 1).toLocaleString('en-US')} of {items.length.toLocaleString('en-US')}
          {hasMore ? '+' : ''}
        </span>
      )}
    </nav>
  );
}

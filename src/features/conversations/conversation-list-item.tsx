import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { Timestamp } from '@/components/timestamp.tsx';
import type { ConversationSummary } from '@/vendors/index.ts';
import type { ListColumns } from './list-columns.ts';
import { parseTimestamp } from '@/transcript/time.ts';

function When({ iso, label }: { iso: string | undefined; label: string }) {
  return (
    <span className="w-40 shrink-0 text-xs text-slate-500 dark:text-slate-400">
      <span className="sr-only">{label} </span>
      {iso ? <Timestamp iso={iso} ms={parseTimestamp(iso)} /> : '–'}
    </span>
  );
}

/** Props of {@link ConversationListItem}. */
export interface ConversationListItemProps {
  /** Where its link leads: the transcript, with the list it is in. */
  to: string;
  summary: ConversationSummary;
  columns: ListColumns;
  /** 0-based row in the list shown. */
  index: number;
  /** Rows in the list shown. */
  count: number;
  /** Its place in the virtualized list. */
  style: CSSProperties;
}

/**
 * One session or conversation: a `listitem` holding one `link` to its transcript, with its
 * title and second line, start, last message, and the optional columns (channel, end user,
 * assistant, "AI off").
 */
export function ConversationListItem(props: ConversationListItemProps) {
  const { to, summary, columns, index, count, style } = props;
  return (
    <li
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={count}
      className="absolute top-0 left-0 w-full border-b border-slate-200 last:border-b-0 dark:border-slate-800"
      style={style}
    >
      <Link
        to={to}
        className="flex h-full items-center gap-4 px-4 hover:bg-slate-50 focus:bg-blue-50 focus:outline-none dark:hover:bg-slate-800/60 dark:focus:bg-slate-800"
      >
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium">{summary.title}</span>
          {summary.subtitle && (
            <span className="block truncate font-mono text-xs text-slate-500 dark:text-slate-400">
              {summary.subtitle}
            </span>
          )}
        </span>
        {columns.channel && (
          <span className="w-24 shrink-0 truncate text-xs">{summary.channel ?? '–'}</span>
        )}
        {columns.endUser && (
          <span className="w-40 shrink-0 truncate font-mono text-xs">{summary.endUser ?? '–'}</span>
        )}
        {columns.assistant && (
          <span className="w-28 shrink-0 truncate font-mono text-xs" title={summary.assistant}>
            {summary.assistant ?? '–'}
          </span>
        )}
        {columns.aiDisabled && (
          <span className="w-14 shrink-0 text-xs">
            {summary.aiDisabled && (
              <span className="rounded bg-amber-200 px-1 font-semibold text-amber-950 dark:bg-amber-800 dark:text-amber-50">
                AI off
              </span>
            )}
          </span>
        )}
        <When iso={summary.createdAt} label="Started" />
        <When iso={summary.updatedAt} label="Last message" />
      </Link>
    </li>
  );
}

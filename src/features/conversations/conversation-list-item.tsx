import { Link } from 'react-router';
import { Timestamp } from '@/components/timestamp.tsx';
import type { ConversationSummary } from '@/vendors/index.ts';
import { parseTimestamp } from '@/transcript/time.ts';

/** One session or conversation: title, second line, last activity; links to its transcript. */
export function ConversationListItem({
  vendorId,
  summary,
}: {
  vendorId: string;
  summary: ConversationSummary;
}) {
  const when = summary.updatedAt ?? summary.createdAt;
  return (
    <li>
      <Link
        to={`/${vendorId}/${encodeURIComponent(summary.id)}`}
        className="flex items-baseline gap-4 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-800/60"
      >
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium">{summary.title}</p>
          {summary.subtitle && (
            <p className="truncate font-mono text-xs text-slate-500 dark:text-slate-400">
              {summary.subtitle}
            </p>
          )}
        </div>
        {when && (
          <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
            <Timestamp iso={when} ms={parseTimestamp(when)} />
          </span>
        )}
      </Link>
    </li>
  );
}

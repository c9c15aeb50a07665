import { Link } from 'react-router';
import { Timestamp } from '@/components/timestamp.tsx';
import { useRecent } from '@/hooks/use-recent.ts';
import { vendors } from '@/vendors/index.ts';

/**
 * "Recent": the conversations opened last on this browser (hooks/use-recent.ts), each with its
 * vendor and when it was opened, and "Clear" to forget them. Nothing shows before the first.
 */
export function RecentList() {
  const { recent, clear } = useRecent();
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading" className="mt-10">
      <div className="flex items-center justify-between">
        <h2 id="recent-heading" className="font-semibold">
          Recent
        </h2>
        <button
          type="button"
          onClick={clear}
          className="rounded border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-700"
        >
          Clear
        </button>
      </div>
      <ul
        aria-label="Recent conversations"
        className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {recent.map((c) => (
          <li key={`${c.vendor}/${c.id}`}>
            <Link
              to={`/${c.vendor}/${encodeURIComponent(c.id)}`}
              className="flex items-baseline gap-4 px-4 py-2 hover:bg-slate-50 dark:hover:bg-slate-800/60"
            >
              <span className="w-40 shrink-0 text-sm text-slate-600 dark:text-slate-400">
                {vendors[c.vendor].label}
              </span>
              <span className="min-w-0 flex-1 truncate font-mono text-sm">{c.id}</span>
              <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
                <Timestamp iso={c.openedAt} ms={Date.parse(c.openedAt)} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

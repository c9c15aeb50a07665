import { LoadProgress } from '@/components/load-progress.tsx';
import { SampleBadge } from '@/components/sample-badge.tsx';
import type { Vendor } from '@/vendors/index.ts';
import { useIsSample } from '@/hooks/use-is-sample.ts';
import { formatCount } from '@/lib/format.ts';
import { ListNeighbours } from './list-neighbours.tsx';

/**
 * The transcript's title bar: back to the list and through it (list-neighbours.tsx), the id,
 * "Sample data", the count and progress. For a transcript read from a file, the vendor and the
 * file's name instead of the list and the badge: nothing is asked of the vendor.
 */
export function ThreadHeader({
  vendor,
  conversationId,
  count,
  loading,
  total,
  file,
}: {
  vendor: Vendor;
  conversationId: string;
  count: number;
  loading: boolean;
  total: number | undefined;
  /** The name of the file the transcript was read from, if it was. */
  file?: string | undefined;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      {file === undefined ? (
        <ListNeighbours
          vendor={vendor}
          conversationId={conversationId}
          ready={count > 0 || !loading}
        />
      ) : (
        <span className="text-sm text-slate-600 dark:text-slate-400">{vendor.label}</span>
      )}
      <h1 className="min-w-0 truncate font-mono text-sm font-medium" title={conversationId}>
        {conversationId}
      </h1>
      {file === undefined ? (
        <SampleMark vendor={vendor} />
      ) : (
        <span className="min-w-0 truncate text-xs text-slate-500 dark:text-slate-400" title={file}>
          from the file {file}
        </span>
      )}
      <span className="text-xs text-slate-500 dark:text-slate-400">
        {formatCount(count)} messages
      </span>
      {loading && <LoadProgress loaded={count} total={total} />}
    </div>
  );
}

/** "Sample data" when the proxy serves `vendor` from the built-in sample backend. */
function SampleMark({ vendor }: { vendor: Vendor }) {
  return useIsSample(vendor.id) ? <SampleBadge /> : null;
}

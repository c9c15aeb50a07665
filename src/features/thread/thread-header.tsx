import { LoadProgress } from '@/components/load-progress.tsx';
import { SampleBadge } from '@/components/sample-badge.tsx';
import type { Vendor } from '@/vendors/index.ts';
import { useIsSample } from '@/hooks/use-is-sample.ts';
import { formatCount } from '@/lib/format.ts';
import { ListNeighbours } from './list-neighbours.tsx';

/**
 * The transcript's title bar: back to the list and through it (list-neighbours.tsx), the id,
 * "Sample data", the count and progress. A transcript from a file has neither list nor badge:
 * nothing is asked of the proxy for it.
 */
export function ThreadHeader({
  vendor,
  conversationId,
  count,
  loading,
  total,
  fromFile = false,
}: {
  vendor: Vendor;
  conversationId: string;
  count: number;
  loading: boolean;
  total: number | undefined;
  fromFile?: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      {!fromFile && (
        <ListNeighbours
          vendor={vendor}
          conversationId={conversationId}
          ready={count > 0 || !loading}
        />
      )}
      <h1 className="min-w-0 truncate font-mono text-sm font-medium" title={conversationId}>
        {conversationId}
      </h1>
      {!fromFile && <SampleMark vendor={vendor} />}
      <span className="text-xs text-slate-500 dark:text-slate-400">
        {formatCount(count)} messages
      </span>
      {loading && <LoadProgress loaded={count} total={total} />}
    </div>
  );
}

/** "Sample data" when the proxy serves the vendor from the built-in sample backend. */
function SampleMark({ vendor }: { vendor: Vendor }) {
  return useIsSample(vendor.id) ? <SampleBadge /> : null;
}

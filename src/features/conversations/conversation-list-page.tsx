import { useInfiniteQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { SampleBadge } from '@/components/sample-badge.tsx';
import { failureNotice, isVendorId, vendors, type Vendor } from '@/vendors/index.ts';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { ErrorAlert } from '@/components/error-alert.tsx';
import { useIsSample } from '@/hooks/use-is-sample.ts';
import { ConversationListItem } from './conversation-list-item.tsx';
import { conversationsQueryOptions } from './conversations-query.ts';
import { ListFilterBar } from './list-filters.tsx';
import { useListFilters } from './use-list-filters.ts';
import { LoadMoreSentinel } from './load-more-sentinel.tsx';

/**
 * `/<vendor>`: the vendor's sessions or conversations, narrowed by the filters in the URL,
 * loading further pages on scroll.
 */
export function ConversationListPage() {
  const { vendor: vendorId } = useParams();
  if (!isVendorId(vendorId)) return <NotFoundPage />;
  return <ConversationList key={vendorId} vendor={vendors[vendorId]} />;
}

function ConversationList({ vendor }: { vendor: Vendor }) {
  const [filters, setFilters] = useListFilters(vendor);
  const query = useInfiniteQuery(conversationsQueryOptions(vendor, filters));
  const sample = useIsSample(vendor.id);
  const items = query.data ?? [];
  const error = query.error;
  const retry = () => void (query.data ? query.fetchNextPage() : query.refetch());
  return (
    <main className="flex-1 overflow-auto">
      <div className="mx-auto max-w-4xl p-6">
        <div className="flex items-center gap-3">
          <h1 className="text-xl font-semibold">
            {vendor.label} · {vendor.noun}s
          </h1>
          {sample && <SampleBadge />}
        </div>
        {error && (
          <div className="mt-4">
            <ErrorAlert
              {...failureNotice(error, vendor.label)}
              onRetry={retry}
              retrying={query.isFetching}
            />
          </div>
        )}
        <ListFilterBar
          vendor={vendor}
          filters={filters}
          onChange={setFilters}
          shown={query.isPending ? undefined : items.length}
          more={query.hasNextPage}
        />
        {query.isSuccess && items.length === 0 && (
          <p className="mt-4 text-slate-600">
            {filters.archived ? `No archived ${vendor.noun}s.` : `No ${vendor.noun}s yet.`}
          </p>
        )}
        <ul
          aria-label={`${vendor.label} ${vendor.noun}s`}
          className="mt-4 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {items.map((c) => (
            <ConversationListItem key={c.id} vendorId={vendor.id} summary={c} />
          ))}
        </ul>
        {query.hasNextPage && !error && (
          <LoadMoreSentinel
            key={items.length}
            onVisible={() => void query.fetchNextPage()}
            busy={query.isFetchingNextPage}
          />
        )}
      </div>
    </main>
  );
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { SampleBadge } from '@/components/sample-badge.tsx';
import {
  failureNotice,
  filtersAt,
  isVendorId,
  matchesLoaded,
  vendors,
  type Vendor,
} from '@/vendors/index.ts';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { ErrorAlert } from '@/components/error-alert.tsx';
import { useIsSample } from '@/hooks/use-is-sample.ts';
import { ConversationRows } from './conversation-rows.tsx';
import { conversationsQueryOptions } from './conversations-query.ts';
import { ListFilterBar } from './list-filters.tsx';
import { listStatus } from './list-status.ts';
import { LoadMoreSentinel } from './load-more-sentinel.tsx';
import { useListFilters } from './use-list-filters.ts';

/** Rows a filtered list loads on for, when it is filtered as loaded: about a screen's worth. */
const SCREEN_ROWS = 30;

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
  const loaded = query.data ?? [];
  const here = filtersAt(filters, vendor.listFilters, 'loaded');
  const items = here ? loaded.filter((c) => matchesLoaded(c, filters, vendor.listFilters)) : loaded;
  const error = query.error;
  const { hasNextPage, isFetching, fetchNextPage } = query;
  // Filtered here, the list loads on by itself until a screen is filled or it ends.
  const loadOn = here && items.length < SCREEN_ROWS && hasNextPage && !isFetching && !error;
  useEffect(() => {
    if (loadOn) void fetchNextPage();
  }, [loadOn, fetchNextPage, loaded.length]);
  const retry = () => void (query.data ? query.fetchNextPage() : query.refetch());
  const scrollRef = useRef<HTMLElement>(null);
  // One request at a time: asked again while fetching, React Query would start over.
  const canLoad = hasNextPage && !isFetching && !error;
  const loadMore = useCallback(() => {
    if (canLoad) void fetchNextPage();
  }, [canLoad, fetchNextPage]);
  const status = listStatus({
    vendor,
    filters,
    shown: query.isPending ? undefined : items.length,
    loaded: loaded.length,
    more: hasNextPage,
  });

  const filtered = Object.keys(filters).length > 0;
  return (
    <main ref={scrollRef} className="flex-1 overflow-auto">
      <div className="mx-auto max-w-7xl p-6">
        <div className="flex items-center gap-3">
          <h1 className="text-xl font-semibold">
            {vendor.label} · {vendor.noun}s
          </h1>
          {sample && <SampleBadge />}
        </div>
        <ListFilterBar vendor={vendor} filters={filters} onChange={setFilters} status={status} />
        {error && (
          <div className="mt-4">
            <ErrorAlert
              {...failureNotice(error, vendor.label)}
              onRetry={retry}
              retrying={query.isFetching}
            />
          </div>
        )}
        {query.isSuccess && items.length === 0 && !hasNextPage && (
          <p className="mt-4 text-slate-600">
            {filtered ? `No ${vendor.noun}s match these filters.` : `No ${vendor.noun}s yet.`}
          </p>
        )}
        <ConversationRows
          vendor={vendor}
          items={items}
          scrollRef={scrollRef}
          onNearEnd={loadMore}
        />
        {hasNextPage && !error && !loadOn && (
          <LoadMoreSentinel
            key={loaded.length}
            onVisible={loadMore}
            busy={query.isFetchingNextPage}
          />
        )}
      </div>
    </main>
  );
}

import { useRef } from 'react';
import { useParams } from 'react-router';
import { SampleBadge } from '@/components/sample-badge.tsx';
import { failureNotice, isVendorId, pendingRetry, vendors, type Vendor } from '@/vendors/index.ts';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { ErrorAlert } from '@/components/error-alert.tsx';
import { RetryNotice } from '@/components/retry-notice.tsx';
import { useConversationList } from '@/hooks/use-conversation-list.ts';
import { useIsSample } from '@/hooks/use-is-sample.ts';
import { ConversationRows } from './conversation-rows.tsx';
import { ListFilterBar } from './list-filters.tsx';
import { listStatus } from './list-status.ts';
import { LoadMoreSentinel } from './load-more-sentinel.tsx';
import { useListFilters } from './use-list-filters.ts';

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
  const list = useConversationList(vendor, filters);
  const { items, error, hasMore } = list;
  const retry = pendingRetry(list.retryingAfter);
  const sample = useIsSample(vendor.id);
  const scrollRef = useRef<HTMLElement>(null);
  const status = listStatus({
    vendor,
    filters,
    shown: list.pending ? undefined : items.length,
    loaded: list.loaded,
    more: hasMore,
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
        {retry && (
          <div className="mt-4">
            <RetryNotice {...retry} />
          </div>
        )}
        {error && (
          <div className="mt-4">
            <ErrorAlert
              {...failureNotice(error, vendor.label)}
              onRetry={list.retry}
              retrying={list.fetching}
            />
          </div>
        )}
        {!list.pending && !error && items.length === 0 && !hasMore && (
          <p className="mt-4 text-slate-600">
            {filtered ? `No ${vendor.noun}s match these filters.` : `No ${vendor.noun}s yet.`}
          </p>
        )}
        <ConversationRows
          vendor={vendor}
          filters={filters}
          items={items}
          scrollRef={scrollRef}
          onNearEnd={list.loadMore}
        />
        {hasMore && !error && !list.loadingOn && (
          <LoadMoreSentinel key={list.loaded} onVisible={list.loadMore} busy={list.fetching} />
        )}
      </div>
    </main>
  );
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { SampleBadge } from '../../components/sample-badge.tsx';
import { isVendorId, registry, type Provider } from '../../providers/index.ts';
import { NotFoundPage } from '../home/not-found-page.tsx';
import { VendorErrorAlert } from '../shell/vendor-error-alert.tsx';
import { useIsSample } from '../vendor-status/use-is-sample.ts';
import { ConversationListItem } from './conversation-list-item.tsx';
import { conversationsQueryOptions } from './conversations-query.ts';
import { LoadMoreSentinel } from './load-more-sentinel.tsx';

/** `/<vendor>`: the vendor's sessions or conversations, loading further pages on scroll. */
export function ConversationListPage() {
  const { vendor } = useParams();
  if (!isVendorId(vendor)) return <NotFoundPage />;
  return <ConversationList key={vendor} provider={registry[vendor]} />;
}

function ConversationList({ provider }: { provider: Provider }) {
  const query = useInfiniteQuery(conversationsQueryOptions(provider));
  const sample = useIsSample(provider.id);
  const items = query.data ?? [];
  const error = query.error;
  const retry = () => void (query.data ? query.fetchNextPage() : query.refetch());
  return (
    <main className="flex-1 overflow-auto">
      <div className="mx-auto max-w-4xl p-6">
        <div className="flex items-center gap-3">
          <h1 className="text-xl font-semibold">
            {provider.label} · {provider.noun}s
          </h1>
          {sample && <SampleBadge />}
        </div>
        {error && (
          <div className="mt-4">
            <VendorErrorAlert
              error={error}
              provider={provider}
              onRetry={retry}
              retrying={query.isFetching}
            />
          </div>
        )}
        {query.isPending && <p className="mt-4 text-slate-600">Loading {provider.noun}s…</p>}
        {query.isSuccess && items.length === 0 && (
          <p className="mt-4 text-slate-600">No {provider.noun}s yet.</p>
        )}
        <ul
          aria-label={`${provider.label} ${provider.noun}s`}
          className="mt-4 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {items.map((c) => (
            <ConversationListItem key={c.id} vendor={provider.id} summary={c} />
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

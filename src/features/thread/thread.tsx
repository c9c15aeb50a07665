import { Link } from 'react-router';
import { LoadProgress } from '../../components/load-progress.tsx';
import { SampleBadge } from '../../components/sample-badge.tsx';
import { type Provider } from '../../providers/index.ts';
import { VendorErrorAlert } from '../shell/vendor-error-alert.tsx';
import { useIsSample } from '../vendor-status/use-is-sample.ts';
import { ThreadView } from './thread-view.tsx';
import { useTranscript } from './use-transcript.ts';

/** A transcript pane: title bar with progress, the error (if any) above what loaded, the feed. */
export function Thread({
  provider,
  conversationId,
}: {
  provider: Provider;
  conversationId: string;
}) {
  const { query, retry, loading } = useTranscript(provider, conversationId);
  const sample = useIsSample(provider.id);
  const messages = query.data?.messages ?? [];
  const total = query.data?.total;
  const error = query.error;
  // The count is known only once the last page is in, not when loading stopped on an error.
  const complete = query.isSuccess && !query.hasNextPage && !loading;
  const setSize = complete ? messages.length : (total ?? -1);
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <Link
          to={`/${provider.id}`}
          className="text-sm text-blue-700 hover:underline dark:text-blue-300"
        >
          ← {provider.label}
        </Link>
        <h1 className="min-w-0 truncate font-mono text-sm font-medium" title={conversationId}>
          {conversationId}
        </h1>
        {sample && <SampleBadge />}
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {messages.length.toLocaleString()} messages
        </span>
        {loading && <LoadProgress loaded={messages.length} total={total} />}
      </div>
      {error && (
        <VendorErrorAlert
          error={error}
          provider={provider}
          onRetry={retry}
          retrying={query.isFetching}
        />
      )}
      {query.data?.stalled && (
        <p
          role="note"
          className="border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm dark:bg-amber-950/60"
        >
          {provider.label} sent a page cursor it had sent before, so loading stopped here rather
          than loop: the transcript may be incomplete.
        </p>
      )}
      {query.isSuccess && messages.length === 0 && !loading && (
        <p className="p-6 text-slate-600 dark:text-slate-400">
          This {provider.noun} has no messages.
        </p>
      )}
      <ThreadView messages={messages} busy={loading} setSize={setSize} />
    </main>
  );
}

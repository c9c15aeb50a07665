import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { isVendorId, registry, type Provider } from '../../providers/index.ts';
import { NotFoundPage } from '../home/not-found-page.tsx';
import { ThreadHeader } from './thread-header.tsx';
import { loadThread } from './load-thread.ts';
import { transcriptQueryOptions } from './transcript-query.ts';
import { usePagePump } from './use-page-pump.ts';

// The transcript pane (and with it Markdown, GFM and the virtualizer) is most of the app's code,
// and the home page and the lists need none of it: it loads on the first visit to a transcript.
const Thread = lazy(() => loadThread().then((m) => ({ default: m.Thread })));

/** `/<vendor>/<id>`: one transcript. The id is one percent-encoded path segment. */
export function ThreadPage() {
  const { vendor, conversationId } = useParams();
  if (!isVendorId(vendor) || !conversationId) return <NotFoundPage />;
  return (
    <TranscriptRoute
      key={`${vendor}/${conversationId}`}
      provider={registry[vendor]}
      conversationId={conversationId}
    />
  );
}

/**
 * Starts the first page of the transcript while the pane's code is still downloading, so the two
 * overlap instead of one waiting for the other; the pane's own query then finds the fetch in
 * flight (same key) and takes it over.
 */
function TranscriptRoute({
  provider,
  conversationId,
}: {
  provider: Provider;
  conversationId: string;
}) {
  usePrefetchTranscript(provider, conversationId);
  usePagePump(provider, conversationId);
  return (
    <Suspense fallback={<ThreadPlaceholder provider={provider} conversationId={conversationId} />}>
      <Thread provider={provider} conversationId={conversationId} />
    </Suspense>
  );
}

/**
 * Fetches the transcript's first page once per visit, unless it is cached. Unlike
 * `usePrefetchInfiniteQuery` it also refetches a transcript whose first page failed before: the
 * pane does not retry on mount (`useTranscript`), so that a first page that fails before the
 * pane's code arrives is not asked for twice.
 */
function usePrefetchTranscript(provider: Provider, conversationId: string) {
  const client = useQueryClient();
  // Once per mount (the route is keyed by transcript), not on every render: a change of the
  // search params re-renders the route, and must not retry a failure behind the reader's back.
  useState(() => {
    const options = transcriptQueryOptions(provider, conversationId);
    // A fetch already in flight is joined, not repeated.
    if (client.getQueryData(options.queryKey) === undefined) {
      void client.prefetchInfiniteQuery(options);
    }
  });
}

/**
 * What shows while the pane's code loads: the pane's own header with its progress bar, and the
 * still-empty feed, busy. No error shows here; the pane shows any once it is in.
 */
function ThreadPlaceholder({
  provider,
  conversationId,
}: {
  provider: Provider;
  conversationId: string;
}) {
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <ThreadHeader
        provider={provider}
        conversationId={conversationId}
        count={0}
        loading
        total={undefined}
      />
      <div className="min-h-0 flex-1 overflow-auto">
        <div role="feed" aria-label="Transcript" aria-busy className="mx-auto w-full max-w-4xl" />
      </div>
    </main>
  );
}

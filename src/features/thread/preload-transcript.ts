import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { matchRoutes } from 'react-router';
import { transcriptQuery } from '@/transcript-loading/transcript-query.ts';
import { vendorSource } from '@/transcript-loading/vendor-source.ts';
import { isVendorId, vendors } from '@/vendors/index.ts';

/** The route of one transcript: a vendor and the id as one percent-encoded path segment. */
export const THREAD_PATH = '/:vendor/:conversationId';

type ThreadModule = typeof import('./thread.tsx');
let threadModule: Promise<ThreadModule> | undefined;
let loadedThread: ThreadModule['Thread'] | undefined;

/**
 * The transcript pane (a chunk of its own: Markdown, GFM, the virtualizer), loaded once however
 * often it is asked for.
 */
export function loadThread(): Promise<ThreadModule> {
  threadModule ??= import('./thread.tsx').then((m) => {
    loadedThread = m.Thread;
    return m;
  });
  return threadModule;
}

/**
 * The pane's component once its chunk is in, else undefined (and the chunk is asked for). Not
 * `React.lazy`: a Suspense boundary that has shown its fallback holds the content back for
 * about 300 ms more, which was most of the time from the first page to the first message
 * (docs/performance.md, "First message").
 */
export function useThreadPane(): ThreadModule['Thread'] | undefined {
  const [pane, setPane] = useState(() => loadedThread);
  useEffect(() => {
    if (pane) return;
    let live = true;
    void loadThread().then((m) => live && setPane(() => m.Thread));
    return () => {
      live = false;
    };
  }, [pane]);
  return pane;
}

/**
 * When the app starts on a transcript's URL (`/<vendor>/<id>`), starts its first page and the
 * pane's code before React renders: the route's query then finds the page in flight under the
 * same key. Without it the page would wait for the app's first paint, as a query starts in an
 * effect (docs/performance.md, "First message").
 */
export function preloadTranscript(pathname: string, client: QueryClient): void {
  // Matched as the router matches it (segments decoded the same way), so the key is the route's.
  const params = matchRoutes([{ path: THREAD_PATH }], pathname)?.[0]?.params;
  if (!params || !isVendorId(params.vendor) || !params.conversationId) return;
  void client.prefetchQuery(
    transcriptQuery(vendorSource(vendors[params.vendor], params.conversationId)),
  );
  void loadThread();
}

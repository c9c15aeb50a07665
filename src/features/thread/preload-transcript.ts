import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { transcriptQuery } from '@/transcript-loading/transcript-query.ts';
import { vendorSource } from '@/transcript-loading/vendor-source.ts';
import { isVendorId, vendors } from '@/vendors/index.ts';

/** The route of one transcript: a vendor and the id as one percent-encoded path segment. */
export const THREAD_PATH = '/:vendor/:conversationId';

/** The transcript pane's module, a chunk of its own: one promise however often it is asked. */
export const loadThread = () => import('./thread.tsx');

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

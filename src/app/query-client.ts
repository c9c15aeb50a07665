import { QueryClient } from '@tanstack/react-query';
import { retryDelayMs, shouldRetry } from '@/vendors/index.ts';

/**
 * The app's QueryClient, and its one retry layer (vendors/retry-policy.ts): retries only what a
 * vendor says is worth retrying, waiting as long as the vendor asks. History does not change
 * under the reader, so nothing refetches on focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: retryDelayMs,
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

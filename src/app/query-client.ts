import { QueryClient } from '@tanstack/react-query';
import { VendorError } from '@/vendors/index.ts';

const MAX_RETRIES = 3;
const MAX_DELAY_MS = 30_000;

/**
 * The app's QueryClient. Retries only what a vendor says is worth retrying (429, 5xx, no answer;
 * docs/vendor-notes.md §1.7, §2.6, §3.5), waiting as long as the vendor asks (`Retry-After`,
 * `x-ratelimit-reset`) or else React Query's exponential backoff, capped at 30 000 ms.
 * History does not change under the reader, so nothing refetches on focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          error instanceof VendorError && error.retryable && failures < MAX_RETRIES,
        retryDelay: (attempt, error) =>
          Math.min(
            error instanceof VendorError && error.retryAfterMs !== undefined
              ? error.retryAfterMs
              : 500 * 2 ** attempt,
            MAX_DELAY_MS,
          ),
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

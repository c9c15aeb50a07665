import { VendorError } from './errors.ts';

/** Retries after the first failure, at most. */
export const MAX_RETRIES = 3;
/** Longest wait of the app's own backoff, ms; a vendor's asked-for wait is honoured however long. */
const MAX_BACKOFF_MS = 30_000;

/** The longest wait a timer can hold, ms (about 24.8 days): a longer one would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** When each failure that is waiting for its retry will be retried, ms since the epoch. */
const retryAt = new WeakMap<Error, number>();

/**
 * React Query's `retry`: a vendor error worth asking again (429, 5xx, no answer; docs/vendor-notes.md
 * §1.7, §2.6, §3.5), up to {@link MAX_RETRIES} times in one run (a transcript's run resumes
 * from its failed page; the alert's Retry starts a new run). React Query is the app's one retry
 * layer: the HTTP client never retries, and the proxy only sends a request again once with a new
 * token when Moveworks refused the old one.
 */
export function shouldRetry(failures: number, error: Error): boolean {
  return error instanceof VendorError && error.retryable && failures < MAX_RETRIES;
}

/**
 * React Query's `retryDelay`, ms: the vendor's own `Retry-After` / `x-ratelimit-reset`, however
 * long (up to the 24.8 days a timer holds), plus up to a second of jitter so that tabs do not
 * come back at once; else exponential backoff from 1 000 ms, each wait a random 50–100 % of it
 * ("equal jitter"), capped at 30 000 ms. Records when the retry will run,
 * for {@link pendingRetry}.
 * @param random a number in [0, 1) (tests pass a fixed one).
 */
export function retryDelayMs(
  attempt: number,
  error: Error,
  random: () => number = Math.random,
): number {
  const asked = error instanceof VendorError ? error.retryAfterMs : undefined;
  const delay = Math.min(
    LONGEST_TIMER_MS,
    asked !== undefined
      ? asked + Math.round(random() * Math.min(1000, asked / 10 + 250))
      : Math.round(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt) * (0.5 + random() / 2)),
  );
  retryAt.set(error, Date.now() + delay);
  return delay;
}

/** A failure waiting for its automatic retry, as a notice shows it. */
export interface PendingRetry {
  /** Who failed: the vendor's product name. */
  source: string;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  /** When the retry runs, ms since the epoch. */
  at: number;
}

/**
 * `failure` (React Query's `failureReason` while the query is still fetching) as a notice shows
 * it, or undefined when it is no vendor failure with a retry scheduled.
 */
export function pendingRetry(failure: Error | null): PendingRetry | undefined {
  const at = failure ? retryAt.get(failure) : undefined;
  if (!(failure instanceof VendorError) || at === undefined) return undefined;
  return { source: failure.vendorLabel, status: failure.status, at };
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Message } from '@/transcript/model.ts';
import { pendingRetry } from '@/vendors/index.ts';
import { integrityOf, type Integrity } from './integrity.ts';
import type { PageSource } from './page-source.ts';
import { cursorOf, type Transcript } from './transcript.ts';
import { transcriptQuery } from './transcript-query.ts';
import type { PayloadSource } from './use-message-payload.ts';

const NO_MESSAGES: readonly Message[] = [];

/**
 * Where loading stands: `pending` before the first page, `loading` while more pages come (or a
 * failed one is retried), `complete` once the last page is in, `failed` when a page failed for
 * good (what loaded before it stays).
 */
export type LoadStatus = 'pending' | 'loading' | 'complete' | 'failed';

/** A transcript as a pane shows it while its pages load. */
export interface TranscriptPages {
  /** Every message loaded so far: merged, de-duplicated, chronological. */
  messages: readonly Message[];
  /** The number of messages in the whole transcript, when the source says (Telnyx). */
  total: number | undefined;
  status: LoadStatus;
  /** The failure that stopped loading, while `status` is `failed` or a retry runs. */
  error: Error | null;
  /** A failure whose automatic retry is under way (waiting or fetching); null otherwise. */
  retryingAfter: Error | null;
  /**
   * True while the reader's Retry fetches the failed page again (automatic retries come before
   * the failure shows).
   */
  retrying: boolean;
  /** Fetches the failed page again, and goes on from it. */
  retry: () => void;
  /** Where a loaded message's vendor payload can be had again (use-message-payload.ts). */
  payload: PayloadSource;
  /** What the transcript is made of and what is odd, once loading has stopped (complete or not). */
  integrity: Integrity | undefined;
}

/**
 * The failure a retry is under way for, or null: React Query keeps `failureReason` until the
 * whole transcript is in, so a page shown after the retry was due means it worked.
 */
function waitingOn(failure: Error | null, fetching: boolean, shownAt: number): Error | null {
  const retry = fetching ? pendingRetry(failure) : undefined;
  return retry && retry.at > shownAt ? failure : null;
}

/**
 * Loads a transcript's pages (transcript-query.ts) and reads where loading stands: the one
 * observer of its query. Renders when pages are shown (the first at once, then at most every
 * 250 ms) and when loading starts, fails or ends.
 */
export function useTranscriptPages(source: PageSource): TranscriptPages {
  const client = useQueryClient();
  const query = useQuery(transcriptQuery(source));
  const transcript = query.data;
  // Read from the cache when asked, so that it does not change (and rows do not render) per page.
  const payload = useMemo<PayloadSource>(
    () => ({
      source,
      cursorOf: (m) => {
        const loaded = client.getQueryData<Transcript>(source.key);
        return loaded ? cursorOf(loaded, m) : undefined;
      },
    }),
    [client, source],
  );
  const failed = query.error !== null;
  // A fetch paused (the browser offline) is still under way: it goes on when the network is back.
  const fetching = query.fetchStatus !== 'idle';
  const integrity = useMemo(
    () => (transcript && !fetching ? integrityOf(transcript) : undefined),
    [transcript, fetching],
  );
  const status: LoadStatus = fetching
    ? transcript
      ? 'loading'
      : 'pending'
    : failed || !transcript?.complete
      ? 'failed'
      : 'complete';
  return {
    messages: transcript?.messages ?? NO_MESSAGES,
    total: transcript?.total,
    status,
    error: query.error,
    retryingAfter: waitingOn(query.failureReason, fetching, query.dataUpdatedAt),
    retrying: failed && fetching,
    retry: () => void query.refetch(),
    payload,
    integrity,
  };
}

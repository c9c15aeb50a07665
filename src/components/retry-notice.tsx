import { useEffect, useState } from 'react';

/** What a {@link RetryNotice} shows: who failed, how, and when the retry runs. */
export interface RetryNoticeProps {
  /** Who failed: the vendor's product name. */
  source: string;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  /** When the retry runs, ms since the epoch. */
  at: number;
}

function secondsLeft(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * A failed request that will be retried by itself: "Rate limited by Telnyx AI, retrying in 12 s",
 * counting down each second, as a `status` (it is no failure yet: what loaded stays, and the
 * alert with Retry comes only if the retries fail too).
 */
export function RetryNotice({ source, status, at }: RetryNoticeProps) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = secondsLeft(at, now);
  const what =
    status === 429
      ? `Rate limited by ${source}`
      : status === 0
        ? `No answer from ${source}`
        : `${source} answered HTTP ${status}`;
  return (
    <p
      role="status"
      className="border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
    >
      {what}, {left > 0 ? `retrying in ${left} s` : 'retrying now'}
    </p>
  );
}

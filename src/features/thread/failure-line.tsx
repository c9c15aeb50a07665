import { failureNotice, type Vendor } from '@/vendors/index.ts';

/** The strips above the transcript that show the vendor's record of the conversation. */
export const RECORD_STRIP =
  'border-b border-slate-200 bg-slate-50 px-4 py-1.5 text-xs dark:border-slate-800 dark:bg-slate-900/60';

/**
 * One line on a request beside the transcript that failed: what is missing, the vendor, the HTTP
 * status and its message, and a Retry. For the vendor's record it is no `alert` (the page's
 * alert is the transcript's own failure, docs/contract.md "Errors"; the transcript goes on
 * without it); for an export the reader asked for, it is one.
 */
export function FailureLine({
  what,
  error,
  vendor,
  onRetry,
  alert = false,
  className = `${RECORD_STRIP} text-slate-600 dark:text-slate-400`,
}: {
  /** e.g. "No insights". */
  what: string;
  error: Error;
  vendor: Vendor;
  onRetry: () => void;
  alert?: boolean;
  className?: string;
}) {
  const notice = failureNotice(error, vendor.label);
  const status = notice.status === 0 ? 'no answer' : `HTTP ${notice.status}`;
  return (
    <p role={alert ? 'alert' : undefined} className={className}>
      {what}: {notice.source} · {status} · {notice.message}{' '}
      <button type="button" className="underline" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

/** What an {@link ErrorAlert} shows: who failed, with which HTTP status, saying what. */
export interface ErrorAlertProps {
  /** Who failed: the vendor's product name. */
  source: string;
  /** HTTP status; 0 when there was no answer at all. */
  status: number;
  /** The vendor's own error message. */
  message: string;
  /** The vendor's error code, when it gave one. */
  code?: string | undefined;
  /** The answer's content type, when it matters (not the vendor's JSON). */
  contentType?: string | undefined;
  /** The vendor's id of the failed request, to quote to its support. */
  requestId?: string | undefined;
  onRetry: () => void;
  /** True while the retry is in flight. */
  retrying?: boolean;
}

/**
 * A failed request, in the pane that failed (docs/contract.md "Errors"): role `alert` naming the
 * vendor, the HTTP status, the content type when the body was not the vendor's JSON, the vendor's
 * message and its request id, with a "Retry" button. Never replaces what was already loaded:
 * callers render it beside their content.
 */
export function ErrorAlert(props: ErrorAlertProps) {
  const { source, status, message, code, contentType, requestId, onRetry, retrying } = props;
  const statusText = status === 0 ? 'no answer' : `HTTP ${status}`;
  return (
    <div
      role="alert"
      className="flex items-start gap-3 border-l-4 border-rose-600 bg-rose-50 px-4 py-3 text-sm dark:bg-rose-950/60"
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {source} · {statusText}
          {code ? ` · ${code}` : ''}
          {contentType ? ` · ${contentType}` : ''}
        </p>
        <p className="break-words text-rose-900 dark:text-rose-200">{message}</p>
        {requestId ? (
          <p className="text-xs text-rose-900 dark:text-rose-200">
            Request ID <span className="font-mono select-all">{requestId}</span>
          </p>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="rounded bg-rose-700 px-3 py-1 font-medium text-white hover:bg-rose-800 disabled:opacity-60"
      >
        Retry
      </button>
    </div>
  );
}

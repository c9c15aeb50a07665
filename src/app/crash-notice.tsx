import type { FallbackProps } from 'react-error-boundary';

/** Shown when rendering itself failed: the error, and a way to try again. */
export function CrashNotice({ error, resetErrorBoundary }: FallbackProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div
      role="alert"
      className="m-6 rounded-lg border border-rose-300 bg-rose-50 p-4 dark:border-rose-800 dark:bg-rose-950"
    >
      <p className="font-medium">The viewer failed to show this page.</p>
      <pre className="mt-2 text-sm whitespace-pre-wrap">{message}</pre>
      <button
        type="button"
        onClick={resetErrorBoundary}
        className="mt-3 rounded bg-rose-700 px-3 py-1 text-white"
      >
        Retry
      </button>
    </div>
  );
}

import type { FallbackProps } from 'react-error-boundary';
import { isChunkLoadError } from './chunk-error.ts';

const BOX =
  'm-6 rounded-lg border border-rose-300 bg-rose-50 p-4 dark:border-rose-800 dark:bg-rose-950';
const BUTTON = 'mt-3 rounded bg-rose-700 px-3 py-1 text-white';

/**
 * Shown when rendering failed. When part of the viewer's code could not be downloaded (offline,
 * or replaced by a deploy since the page was opened), it says so with a "Reload" button: only a
 * reload fetches the current files. Otherwise: the error, and "Retry".
 */
export function CrashNotice({ error, resetErrorBoundary }: FallbackProps) {
  if (isChunkLoadError(error)) {
    return (
      <div role="alert" className={BOX}>
        <p className="font-medium">Part of the viewer could not be downloaded.</p>
        <p className="mt-2 text-sm">
          The connection may have dropped, or the viewer was updated since this page was opened.
          Reloading the page fetches it again.
        </p>
        <button type="button" onClick={() => window.location.reload()} className={BUTTON}>
          Reload
        </button>
      </div>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className={BOX}>
      <p className="font-medium">The viewer failed to show this page.</p>
      <pre className="mt-2 text-sm whitespace-pre-wrap">{message}</pre>
      <button type="button" onClick={resetErrorBoundary} className={BUTTON}>
        Retry
      </button>
    </div>
  );
}

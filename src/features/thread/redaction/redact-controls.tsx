import { describeCounts } from '@/transcript/redact/describe.ts';
import type { Redaction } from './use-redaction.ts';

/**
 * Beside the Export button (docs/contract.md, "Export"): the checkbox "Redact personal data",
 * and while it is on, what the exports will replace (counts per kind, of the messages loaded)
 * and the checkbox "Show redacted", which switches the feed to the redacted messages.
 */
export function RedactControls({ redaction }: { redaction: Redaction }) {
  const { on, current, failed } = redaction;
  const line = failed
    ? `Redaction could not be loaded: ${failed.message}`
    : current
      ? describeCounts(current.counts)
      : on
        ? 'Finding personal data…'
        : '';
  return (
    <>
      <label className="flex items-center gap-1.5">
        <input type="checkbox" checked={on} onChange={(e) => redaction.setOn(e.target.checked)} />
        Redact personal data
      </label>
      {on && (
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={redaction.shown}
            onChange={(e) => redaction.setShown(e.target.checked)}
          />
          Show redacted
        </label>
      )}
      {/* Mounted before it has anything to say, so that screen readers announce what comes. */}
      <span aria-live="polite" className="self-center text-slate-600 dark:text-slate-400">
        {on ? line : ''}
        {failed && (
          <>
            {' '}
            <button type="button" className="underline" onClick={redaction.retry}>
              Retry
            </button>
          </>
        )}
      </span>
    </>
  );
}

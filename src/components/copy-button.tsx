import { useState } from 'react';

/**
 * Copies text to the clipboard and says so for two seconds. `text` is a function so long texts
 * are only built when someone asks. `what`, when given, follows the label for screen readers
 * only (the button reads "Copy call_control_id", then "Copied call_control_id"), where several
 * copy buttons sit together.
 */
export function CopyButton({
  text,
  label,
  what,
  className,
}: {
  text: () => string;
  label: string;
  what?: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" onClick={() => void copy()} className={className} aria-live="polite">
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      {what && <span className="sr-only"> {what}</span>}
    </button>
  );
}

import { useState } from 'react';

/**
 * Copies text to the clipboard and says so for two seconds. `text` is a function so long texts
 * are only built when someone asks. `name`, when given, is the button's accessible name (e.g.
 * "Copy call_control_id" where several "Copy" buttons sit together).
 */
export function CopyButton({
  text,
  label,
  name,
  className,
}: {
  text: () => string;
  label: string;
  name?: string;
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
    <button
      type="button"
      onClick={() => void copy()}
      className={className}
      aria-label={name}
      aria-live="polite"
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
    </button>
  );
}

import { useEffect, useId, useRef } from 'react';
import { setSingleKeyShortcuts, useSingleKeyShortcuts } from '@/hooks/use-single-key-shortcuts.ts';

/** Each shortcut: its keys, what it does, and whether it is one printable key (switchable). */
const SHORTCUTS: [string, string, boolean][] = [
  ['Ctrl+F, ⌘F', 'Find in the transcript', false],
  ['/', 'Find in the transcript', true],
  ['Enter, F3', 'Next match', false],
  ['Shift+Enter, Shift+F3', 'Previous match', false],
  ['Esc', 'Close the search', false],
  ['j / k', 'Next / previous message', true],
  ['J / K', 'Next / previous user message', true],
  ['g / G', 'Start / end of the transcript', true],
  ['[ / ]', 'Previous / next conversation of the list it was opened from', true],
  ['?', 'This list', true],
];

/**
 * The list of keyboard shortcuts, as a modal dialog (`?` or the toolbar's button opens it; Escape
 * or the button close it), with the checkbox "Single-key shortcuts" that switches off every
 * shortcut of one printable key (WCAG 2.1.4), for this browser.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const singleKeys = useSingleKeyShortcuts();
  const hintId = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-label="Keyboard shortcuts"
      className="m-auto rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 className="mb-3 font-semibold">Keyboard shortcuts</h2>
      <label className="mb-1 flex items-center gap-2">
        <input
          type="checkbox"
          checked={singleKeys}
          aria-describedby={hintId}
          onChange={(e) => setSingleKeyShortcuts(e.target.checked)}
        />
        Single-key shortcuts
      </label>
      <p id={hintId} className="mb-3 text-xs text-slate-600 dark:text-slate-400">
        Switch off if keys you did not mean as commands (speech input, a stray key) move the page.
        Ctrl+F, ⌘F, F3 and Esc always work.
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        {SHORTCUTS.map(([keys, what, single]) => (
          <div key={keys} className={`contents ${single && !singleKeys ? 'opacity-50' : ''}`}>
            <dt>
              <kbd className="rounded border border-slate-300 px-1.5 font-mono text-xs dark:border-slate-600">
                {keys}
              </kbd>
            </dt>
            <dd>
              {what}
              {single && !singleKeys ? ' (off)' : ''}
            </dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button className="rounded bg-blue-700 px-3 py-1 text-white">Close</button>
      </form>
    </dialog>
  );
}

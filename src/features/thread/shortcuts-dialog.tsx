import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['Ctrl+F, ⌘F, /', 'Find in the transcript'],
  ['Enter, F3', 'Next match'],
  ['Shift+Enter, Shift+F3', 'Previous match'],
  ['Esc', 'Close the search'],
  ['j / k', 'Next / previous message'],
  ['J / K', 'Next / previous user message'],
  ['g / G', 'Start / end of the transcript'],
  ['[ / ]', 'Previous / next conversation of the list it was opened from'],
  ['?', 'This list'],
];

/** The list of keyboard shortcuts, as a modal dialog (`?` opens it; Escape or the button close it). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
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
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 px-1.5 font-mono text-xs dark:border-slate-600">
                {keys}
              </kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button className="rounded bg-blue-700 px-3 py-1 text-white">Close</button>
      </form>
    </dialog>
  );
}

import type { ReactNode } from 'react';

/** Texts longer than this (characters) open folded. */
const FOLD_AT = 1800;

/**
 * Folds a long text to a few lines with "Show more"; unfolded state lives in the thread, so it
 * survives the row scrolling out of view and back.
 */
export function FoldedText({
  length,
  open,
  onToggle,
  children,
}: {
  /** The text's length, characters. */
  length: number;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  if (length <= FOLD_AT) return children;
  return (
    <div>
      <div className={open ? undefined : 'relative max-h-72 overflow-hidden'}>
        {children}
        {!open && (
          <div className="pointer-events-none absolute inset-x-0 bottom-0 h-16 bg-gradient-to-t from-current/10" />
        )}
      </div>
      <button
        type="button"
        aria-expanded={open}
        onClick={onToggle}
        className="mt-1 text-xs font-medium underline"
      >
        {open ? 'Show less' : 'Show more'}
      </button>
    </div>
  );
}

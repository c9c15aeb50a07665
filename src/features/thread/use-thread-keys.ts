import { useEffect, useRef, type RefObject } from 'react';
import type { ShownRows } from '../../transcript/rows.ts';
import type { ThreadViewHandle } from './thread-view.tsx';

/** What the thread's keyboard shortcuts act on. */
export interface ThreadKeyActions {
  view: RefObject<ThreadViewHandle | null>;
  /** The messages shown, in row order (for J/K to find user messages). */
  rows: ShownRows;
  openSearch: () => void;
  closeSearch: () => void;
  searchOpen: boolean;
  step: (delta: 1 | -1) => void;
  toggleHelp: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function nextUser(rows: ThreadKeyActions['rows'], from: number, delta: 1 | -1): number {
  for (let i = from + delta; i >= 0 && i < rows.messages.length; i += delta) {
    if (rows.messages[i]?.role === 'user') return i;
  }
  return from;
}

/**
 * The transcript's keyboard (issue 4): Ctrl+F, Cmd+F and `/` open the find bar instead of the
 * browser's find, which cannot see virtualized rows; F3 and Shift+F3 step through matches;
 * Escape closes the search; `j`/`k` move to the next and previous message, `J`/`K` to user
 * messages, `g`/`G` to the start and end; `?` lists them.
 */
export function useThreadKeys(actions: ThreadKeyActions) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      const view = a.view.current;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f' && !e.altKey) {
        e.preventDefault();
        a.openSearch();
        return;
      }
      if (e.key === 'F3') {
        e.preventDefault();
        if (a.searchOpen) a.step(e.shiftKey ? -1 : 1);
        else a.openSearch();
        return;
      }
      if (e.key === 'Escape' && a.searchOpen) {
        a.closeSearch();
        return;
      }
      if (typingIn(e.target) || e.ctrlKey || e.metaKey || e.altKey || !view) return;
      const here = view.focusedRow();
      const last = view.rowCount() - 1;
      const moves: Record<string, () => void> = {
        '/': a.openSearch,
        '?': a.toggleHelp,
        j: () => view.focusRow(Math.min(here + 1, last)),
        k: () => view.focusRow(Math.max(here - 1, 0)),
        J: () => view.focusRow(nextUser(a.rows, here, 1)),
        K: () => view.focusRow(nextUser(a.rows, here, -1)),
        g: () => view.focusRow(0),
        G: () => view.focusRow(last),
      };
      const move = Object.hasOwn(moves, e.key) ? moves[e.key] : undefined;
      if (move) {
        e.preventDefault();
        move();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

import { useEffect, useRef } from 'react';
import { messageIndex } from '@/transcript/message-index.ts';
import type { ShownRows } from '@/transcript/rows.ts';
import type { RowActions } from './row-actions.ts';
import { typingIn } from '@/lib/typing-in.ts';
import { singleKeyShortcutsOn } from '@/hooks/use-single-key-shortcuts.ts';

/** What the thread's keyboard shortcuts act on. */
export interface ThreadKeyActions {
  /** The messages shown, in row order. */
  rows: ShownRows;
  goTo: RowActions['goTo'];
  openSearch: () => void;
  closeSearch: () => void;
  searchOpen: boolean;
  step: (delta: 1 | -1) => void;
  toggleHelp: () => void;
}

/** The row of the focused message, or -1. */
function focusedRow(rows: ShownRows): number {
  const id = document.activeElement?.closest('article')?.getAttribute('data-message-id');
  return id ? (messageIndex(rows.messages).get(id) ?? -1) : -1;
}

function nextUser(rows: ShownRows, from: number, delta: 1 | -1): number {
  for (let i = from + delta; i >= 0 && i < rows.messages.length; i += delta) {
    if (rows.messages[i]?.role === 'user') return i;
  }
  return from;
}

/**
 * The transcript's keyboard (issue 4): Ctrl+F, Cmd+F and `/` open the find bar instead of the
 * browser's find, which cannot see virtualized rows; F3 and Shift+F3 step through matches;
 * Escape closes the search; `j`/`k` move to the next and previous message, `J`/`K` to user
 * messages, `g`/`G` to the start and end; `?` lists them. The single-key ones (all but Ctrl+F,
 * Cmd+F, F3 and Escape) can be switched off (WCAG 2.1.4; hooks/use-single-key-shortcuts.ts).
 */
export function useThreadKeys(actions: ThreadKeyActions) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
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
      if (typingIn(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      // Every shortcut below is one printable key: off when the reader switched them off.
      if (!singleKeyShortcutsOn()) return;
      const here = focusedRow(a.rows);
      const last = a.rows.messages.length - 1;
      const focus = (index: number) => {
        const message = a.rows.messages[index];
        if (message) a.goTo({ messageId: message.id, align: 'nearest', focus: true });
      };
      const moves: Record<string, () => void> = {
        '/': a.openSearch,
        '?': a.toggleHelp,
        j: () => focus(Math.min(here + 1, last)),
        k: () => focus(Math.max(here - 1, 0)),
        J: () => focus(nextUser(a.rows, here, 1)),
        K: () => focus(nextUser(a.rows, here, -1)),
        g: () => focus(0),
        G: () => focus(last),
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

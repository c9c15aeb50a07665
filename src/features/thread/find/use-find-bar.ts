import { useRef } from 'react';
import type { TranscriptSearch } from './use-transcript-search.ts';

/**
 * Opening and closing the find bar: opening focuses its searchbox (and selects what it holds),
 * closing gives the focus back to where it was before.
 */
export function useFindBar(search: TranscriptSearch) {
  const inputRef = useRef<HTMLInputElement>(null);
  const focusBefore = useRef<Element | null>(null);
  const open = () => {
    if (!search.open) {
      focusBefore.current = document.activeElement;
      search.update({ open: true });
    }
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  };
  const close = () => {
    search.update({ open: false });
    const back = focusBefore.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };
  return { inputRef, open, close };
}

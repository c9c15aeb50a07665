import { useSyncExternalStore } from 'react';

/** The local storage key; `off` when the reader switched single-key shortcuts off. */
const KEY = 'transcript-viewer:single-key-shortcuts';
/** Fired on this tab when the setting changes (`storage` events come only from other tabs). */
const CHANGED = 'transcript-viewer:single-key-shortcuts-changed';

/**
 * True unless the reader switched single-key shortcuts off (WCAG 2.1.4 Character Key
 * Shortcuts: a speech-input user's words must not fire them). Read at each key press.
 */
export function singleKeyShortcutsOn(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Switches single-key shortcuts on or off, for this browser, and tells every reader of it. */
export function setSingleKeyShortcuts(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Storage refused (private mode): the choice lasts until the page is left.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The setting, for the checkbox that changes it (shortcuts-dialog.tsx). */
export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(subscribe, singleKeyShortcutsOn, () => true);
}

import { createContext, useContext } from 'react';
import type { ToolPairing } from '../../transcript/tool-pairing.ts';

/** What rows need from the thread: expanded state (kept above rows so it survives scrolling) and navigation. */
export interface ThreadActions {
  /** Keys of expanded cards and unfolded texts, e.g. `<message id>#<part index>`. */
  expanded: ReadonlySet<string>;
  toggle: (key: string) => void;
  /** Scrolls the thread to a message, opening the `expand` cards first; false when it is not shown. */
  reveal: (messageId: string, expand?: readonly string[], selector?: string) => boolean;
  pairing: ToolPairing;
}

/** Provided by {@link ThreadView}; rows read it with {@link useThreadActions}. */
export const ThreadActionsContext = createContext<ThreadActions | null>(null);

/**
 * The enclosing thread's actions.
 * @throws Error when used outside a thread (a programming error, not a vendor one).
 */
export function useThreadActions(): ThreadActions {
  const actions = useContext(ThreadActionsContext);
  if (!actions) throw new Error('useThreadActions needs a ThreadView above it');
  return actions;
}

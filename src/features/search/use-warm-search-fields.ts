import { useEffect } from 'react';
import type { Message } from '../../transcript/model.ts';
import { searchFields } from '../../transcript/search/fields.ts';
import { whenIdle, type Deadline } from '../when-idle.ts';
import { SLICE_MS } from './run-in-slices.ts';

/**
 * Builds the search fields of every message in idle time, a few milliseconds at a time, as pages
 * arrive: building them (pretty-printing each tool result) costs about 1 s per 100,000 messages,
 * which would otherwise fall on the first keystroke in the find bar. Fields are cached per
 * message object, so a new page costs only its own messages.
 */
export function useWarmSearchFields(messages: readonly Message[]): void {
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const work = (deadline: Deadline) => {
      // Idle periods run up to 50 ms; stay far below, so a keystroke landing now is not held up.
      const end = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
      while (next < messages.length) {
        const message = messages[next++];
        // Text-only messages' fields are their own strings, made on demand (fields.ts).
        if (message?.parts.some((p) => p.kind !== 'text')) searchFields(message);
        if (next % 16 === 0 && performance.now() >= end) break;
      }
      if (next < messages.length) cancel = whenIdle(work);
    };
    cancel = whenIdle(work);
    return () => cancel();
  }, [messages]);
}

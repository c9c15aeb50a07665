import { useEffect } from 'react';
import type { Message } from '@/transcript/model.ts';
import { buildFieldIndex, dropFieldIndex } from '@/transcript/search/field-index.ts';
import { forEachField, isTextOnly } from '@/transcript/search/fields.ts';
import { inIdleSlices } from '@/lib/when-idle.ts';

/** Nothing: walking a message's fields is what pretty-prints (and keeps) its tool results. */
const warm = () => undefined;
/**
 * Longest a slice of warming runs, ms. Idle periods run up to 50 ms; this stays far below, so a
 * keystroke or a scroll landing now is not held up by work nobody asked for yet.
 */
const WARM_SLICE_MS = 8;

/**
 * Readies search in idle time, a few milliseconds at a time, as pages arrive: first the search
 * fields of every message with tool parts (pretty-printing the tool results would otherwise fall
 * on the first keystroke in the find bar; they are kept per result, so a new page costs only its
 * own messages), then the flat field index of the list (field-index.ts), which makes a scan of
 * everything faster (docs/performance.md, "Jump and search"). The index is for this exact list:
 * it is dropped when the list changes or the transcript closes.
 */
export function useWarmSearchFields(messages: readonly Message[]): void {
  useEffect(() => {
    let next = 0;
    const index = buildFieldIndex(messages);
    const cancel = inIdleSlices((shouldYield) => {
      while (next < messages.length) {
        const message = messages[next++];
        // Text-only messages' fields are their own strings; others' pretty-printed results are kept
        // (fields.ts).
        if (message && !isTextOnly(message)) forEachField(message, warm);
        if (next % 16 === 0 && shouldYield()) break;
      }
      return next >= messages.length && index(shouldYield);
    }, WARM_SLICE_MS);
    return () => {
      cancel();
      dropFieldIndex(messages);
    };
  }, [messages]);
}

import { useEffect } from 'react';
import { messageIndex } from '@/transcript/message-index.ts';
import type { Message } from '@/transcript/model.ts';
import { inIdleSlices } from '@/lib/when-idle.ts';

/** Longest a slice of building runs, ms: well under a frame, so a scroll landing now is not held. */
const BUILD_SLICE_MS = 6;

/**
 * Builds the message index of the loaded transcript (message-index.ts) in idle slices once the
 * last page is in, so the first jump to a message (`?message=`, a search match) does not pay for
 * it (docs/performance.md, "Jump and search"). Not while pages arrive: each page makes a new list, and the
 * index of a list about to be replaced would be thrown away.
 */
export function useWarmMessageIndex(messages: readonly Message[], loading: boolean): void {
  useEffect(() => {
    if (loading || messages.length === 0) return;
    const index = messageIndex(messages);
    return inIdleSlices(index.build, BUILD_SLICE_MS);
  }, [messages, loading]);
}

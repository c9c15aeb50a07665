import { useEffect, useMemo, useState } from 'react';
import type { Message } from '@/transcript/model.ts';
import { actionOffers } from '@/transcript/action-offers.ts';
import type { RowLinks } from '@/transcript/rows.ts';
import { pairToolCalls } from '@/transcript/tool-pairing.ts';
import { lateReplies } from '@/transcript/turns.ts';

/**
 * Longest the tool-call pairing lags behind the messages shown while pages load, ms. Pairing
 * walks every message: redone on each state shown, it took the main thread from loading
 * (docs/performance.md, "Pairing while loading").
 */
const PAIR_EVERY_MS = 2000;

/**
 * The tool calls of `messages` paired with their results (transcript/tool-pairing.ts), the
 * buttons offered by callback id (transcript/action-offers.ts) and the late replies
 * (transcript/turns.ts): at once when loading ends, and
 * while pages load at most once every {@link PAIR_EVERY_MS}.
 */
export function useRowLinks(messages: readonly Message[], loading: boolean): RowLinks {
  const [sample, setSample] = useState({ messages, at: Number.NEGATIVE_INFINITY });
  useEffect(() => {
    if (!loading || sample.messages === messages) return;
    const wait = Math.max(0, sample.at + PAIR_EVERY_MS - performance.now());
    const timer = setTimeout(() => setSample({ messages, at: performance.now() }), wait);
    return () => clearTimeout(timer);
  }, [loading, messages, sample]);
  const paired = loading ? sample.messages : messages;
  return useMemo(
    () => ({
      ...pairToolCalls(paired),
      offers: actionOffers(paired),
      lateReplies: lateReplies(paired),
    }),
    [paired],
  );
}

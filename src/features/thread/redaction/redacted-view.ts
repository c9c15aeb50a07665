import { useMemo } from 'react';
import type { PayloadSource } from '@/transcript-loading/use-message-payload.ts';
import type { Message } from '@/transcript/model.ts';
import type { Redaction } from './use-redaction.ts';

const NO_MESSAGES: readonly Message[] = Object.freeze([]);

/**
 * What the feed shows: the loaded messages, or, while "Show redacted" is on, their redaction
 * (nothing until the first is done, so that no personal data shows meanwhile), with Details
 * finding each redacted message's payload by its id and showing it redacted.
 */
export function useRedactedView(
  redaction: Redaction,
  messages: readonly Message[],
  payload: PayloadSource,
): { messages: readonly Message[]; payload: PayloadSource } {
  const redacted = redaction.on && redaction.shown ? redaction.current : undefined;
  const hidden = redaction.on && redaction.shown && !redacted;
  return useMemo(() => {
    if (hidden) return { messages: NO_MESSAGES, payload };
    if (!redacted) return { messages, payload };
    const originals = new Map(messages.map((m) => [m.id, m]));
    const shown = new WeakMap<object, unknown>();
    return {
      messages: redacted.messages,
      payload: {
        source: payload.source,
        cursorOf: (m) => {
          const original = originals.get(m.id);
          return original ? payload.cursorOf(original) : undefined;
        },
        // Remembered per payload: Details renders often, and a payload may be megabytes.
        shown: (raw) => {
          if (raw === null || typeof raw !== 'object') return redacted.json(raw);
          if (!shown.has(raw)) shown.set(raw, redacted.json(raw));
          return shown.get(raw);
        },
      },
    };
  }, [hidden, redacted, messages, payload]);
}

import type { Message } from '../model.ts';
import { forEachField, forEachTextField } from './fields.ts';

/**
 * The text of every searchable field of one message list, flat and in transcript order. A scan
 * over it reads one array of strings instead of following each message to its parts and each part
 * to its text, which on a long transcript costs more than the matching. It holds references to
 * strings the messages (or the field cache) hold already.
 */
export interface FieldIndex {
  /** The list it indexes: it answers for exactly this array. */
  messages: readonly Message[];
  texts: readonly string[];
  /**
   * `starts[m]`: index in `texts` of message `m`'s first field, in `searchFields` order;
   * `starts[messages.length]` is `texts.length`.
   */
  starts: Uint32Array;
}

/** The index of the list shown last: one transcript is searched at a time. */
let latest: FieldIndex | undefined;

/** The index of exactly `messages`, when it is built. */
export function fieldIndexOf(messages: readonly Message[]): FieldIndex | undefined {
  return latest?.messages === messages ? latest : undefined;
}

/** Forgets the index of `messages`, so a closed transcript is not kept alive by it. */
export function dropFieldIndex(messages: readonly Message[]): void {
  if (latest?.messages === messages) latest = undefined;
}

/**
 * Starts building the index of `messages`, a step at a time (the fields of tool messages are
 * best warmed first: see use-warm-search-fields.ts). Once done, `fieldIndexOf(messages)` has it.
 * @returns `step`: builds on until done or `shouldYield()` (asked every few messages); true when done.
 */
export function buildFieldIndex(
  messages: readonly Message[],
): (shouldYield: () => boolean) => boolean {
  const texts: string[] = [];
  const starts = new Uint32Array(messages.length + 1);
  const push = (text: string) => void texts.push(text);
  let next = 0;
  return (shouldYield) => {
    while (next < messages.length) {
      const message = messages[next];
      starts[next++] = texts.length;
      if (message && !forEachTextField(message, push)) forEachField(message, push);
      if (next % 64 === 0 && shouldYield()) return false;
    }
    starts[messages.length] = texts.length;
    if (fieldIndexOf(messages) === undefined) latest = { messages, texts, starts };
    return true;
  };
}

import type { Message } from './model.ts';

/**
 * The row index of each message of one list, by message id: what a jump to `?message=`, a search
 * match or a held target needs to find its row.
 */
export interface MessageIndex {
  /** The message's index in the list, or undefined when it is not there. */
  get: (id: string) => number | undefined;
}

// One index per list, shared by everything that looks up the same array (the whole transcript and
// its unfiltered rows are one array), and collected with it.
const indexes = new WeakMap<readonly Message[], MessageIndex>();

/**
 * The index of `messages`, built on its first lookup and kept for that array.
 * A message id seen twice keeps its last position (merge.ts keeps one message per id).
 */
export function messageIndex(messages: readonly Message[]): MessageIndex {
  const known = indexes.get(messages);
  if (known) return known;
  let map: Map<string, number> | undefined;
  const index: MessageIndex = {
    get(id) {
      map ??= new Map(messages.map((m, i) => [m.id, i]));
      return map.get(id);
    },
  };
  indexes.set(messages, index);
  return index;
}

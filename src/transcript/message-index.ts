import type { Message } from './model.ts';

/** How many entries a build slice adds between checks of its deadline. */
const ENTRIES_PER_CHECK = 512;

/**
 * The row index of each message of one list, by message id: what a jump to `?message=`, a search
 * match or a held target needs to find its row. Built on first use, or ahead of it in slices.
 */
export interface MessageIndex {
  /** The message's index in the list, or undefined when it is not there. Completes the build. */
  get: (id: string) => number | undefined;
  /**
   * Adds entries until `shouldYield` returns true (checked every few hundred entries).
   * @returns true once every message is indexed.
   */
  build: (shouldYield: () => boolean) => boolean;
}

// One index per list, shared by everything that looks up the same array (the whole transcript and
// its unfiltered rows are one array), and collected with it.
const indexes = new WeakMap<readonly Message[], MessageIndex>();

/**
 * The index of `messages`, created empty on first call for that array. The first `get` builds
 * what is left of it, unless idle slices of `build` did it first.
 * A message id seen twice keeps its last position (merge.ts keeps one message per id).
 */
export function messageIndex(messages: readonly Message[]): MessageIndex {
  const known = indexes.get(messages);
  if (known) return known;
  const map = new Map<string, number>();
  let next = 0;
  const build = (shouldYield: () => boolean) => {
    while (next < messages.length) {
      const message = messages[next];
      if (message) map.set(message.id, next);
      next++;
      if (next % ENTRIES_PER_CHECK === 0 && shouldYield()) break;
    }
    return next >= messages.length;
  };
  const index: MessageIndex = {
    get(id) {
      build(() => false);
      return map.get(id);
    },
    build,
  };
  indexes.set(messages, index);
  return index;
}

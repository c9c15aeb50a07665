import type { Message } from './model.ts';

/**
 * What the reader opened, by message id: its tool-call and knowledge cards (the part's index,
 * `"2"`), its long texts unfolded (`"2:more"`), its details (`"details"`). Kept above the
 * virtualized rows, which come and go as the view scrolls, and changed one message at a time: a
 * message's set keeps its identity while another's changes, so its row does not render again.
 */
export type OpenParts = ReadonlyMap<string, ReadonlySet<string>>;

/** Nothing open. */
export const NOTHING_OPEN: OpenParts = new Map();

/** The key of a message's card for its part `index`. */
export const cardKey = (index: number) => String(index);
/** The key of a message's long text `index` unfolded. */
export const foldKey = (index: number) => `${index}:more`;
/** The key of a message's details. */
export const DETAILS_KEY = 'details';

/** `open` with `key` of message `messageId` opened if it was closed, closed if it was open. */
export function toggled(open: OpenParts, messageId: string, key: string): OpenParts {
  const keys = new Set(open.get(messageId));
  if (!keys.delete(key)) keys.add(key);
  const next = new Map(open);
  if (keys.size === 0) next.delete(messageId);
  else next.set(messageId, keys);
  return next;
}

/** `open` with `keys` of message `messageId` open; `open` itself when they all are. */
export function opened(open: OpenParts, messageId: string, keys: readonly string[]): OpenParts {
  const mine = open.get(messageId);
  if (keys.every((k) => mine?.has(k))) return open;
  return new Map(open).set(messageId, new Set([...(mine ?? []), ...keys]));
}

/** `open` with every tool-call and knowledge card of `messages` opened too ("Expand all"). */
export function withEveryCard(open: OpenParts, messages: readonly Message[]): OpenParts {
  const next = new Map(open);
  for (const m of messages) {
    const cards = m.parts.flatMap((p, i) =>
      p.kind === 'tool-call' || p.kind === 'knowledge' ? [cardKey(i)] : [],
    );
    if (cards.length > 0) next.set(m.id, new Set([...(open.get(m.id) ?? []), ...cards]));
  }
  return next;
}

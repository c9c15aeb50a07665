import { placeCitations, type PlacedCitations } from '../../transcript/citations.ts';
import type { Message } from '../../transcript/model.ts';

const cache = new WeakMap<Message, PlacedCitations>();

/**
 * The citations of a message placed in its first text part, computed once per message (the text
 * renderer and the sources list both need them, on every mount of the row).
 */
export function placedCitationsOf(message: Message): PlacedCitations | undefined {
  if (message.citations.length === 0) return undefined;
  let placed = cache.get(message);
  if (!placed) {
    const text = message.parts.find((p) => p.kind === 'text');
    placed = placeCitations(text?.kind === 'text' ? text.text : '', message.citations);
    cache.set(message, placed);
  }
  return placed;
}

import type { Message } from '../model.ts';
import { displayedJson } from '../pretty-json.ts';

/** What a search can be limited to (ui-contract.md "Search"). */
export type SearchScope =
  'everything' | 'user' | 'assistant' | 'tool-calls' | 'tool-results' | 'knowledge';

/** One searchable piece of a message. */
export interface SearchField {
  /** Identifies the field in a message: `<part index>:<what>`, e.g. `2:args`. */
  key: string;
  scope: Exclude<SearchScope, 'everything'>;
  text: string;
  /** The card or fold to open when a match is inside it, e.g. `<message id>#<part index>`. */
  reveal?: string;
}

const cache = new WeakMap<Message, SearchField[]>();

function speakerScope(role: string): 'user' | 'assistant' {
  return role === 'user' ? 'user' : 'assistant';
}

/**
 * The searchable fields of a message (design.md "search over the model, not the DOM"): its text,
 * tool names and arguments, tool results, knowledge queries, answers and sources, and citation
 * titles. Cached per message object when it has more than text (pretty-printing a tool result is
 * the costly part); a text-only message's fields are made afresh, cheaply, on each call.
 */
export function searchFields(message: Message): SearchField[] {
  const cached = cache.get(message);
  if (cached) return cached;
  const fields: SearchField[] = [];
  const card = (i: number) => `${message.id}#${i}`;
  message.parts.forEach((part, i) => {
    switch (part.kind) {
      case 'text':
        fields.push({
          key: `${i}:text`,
          scope: speakerScope(message.role),
          text: part.text,
          reveal: `${card(i)}:more`,
        });
        break;
      case 'tool-call':
        fields.push({ key: `${i}:name`, scope: 'tool-calls', text: part.call.name });
        fields.push({
          key: `${i}:args`,
          scope: 'tool-calls',
          text: part.call.argumentsText,
          reveal: card(i),
        });
        break;
      case 'tool-result': {
        // A result recorded in its call's message is shown inside the call's card.
        const callIndex = message.parts.findIndex(
          (p) => p.kind === 'tool-call' && p.call.id === part.result.callId,
        );
        fields.push({
          key: `${i}:output`,
          scope: 'tool-results',
          text: displayedJson(part.result.output),
          ...(callIndex >= 0 ? { reveal: card(callIndex) } : {}),
        });
        break;
      }
      case 'knowledge': {
        const k = part.knowledge;
        const texts = [k.query, k.output, ...k.sources.flatMap((s) => [s.title, s.snippet])];
        texts.forEach((text, j) => {
          if (text) fields.push({ key: `${i}:k${j}`, scope: 'knowledge', text, reveal: card(i) });
        });
        break;
      }
      case 'files':
      case 'raw':
        break;
    }
  });
  message.citations.forEach((c, j) => {
    if (c.title)
      fields.push({ key: `c${j}:title`, scope: speakerScope(message.role), text: c.title });
  });
  // Only fields that cost something to build are kept: text fields are the message's own strings,
  // and keeping a list for every message of a 100,000-message transcript costs megabytes.
  if (message.parts.some((p) => p.kind !== 'text')) cache.set(message, fields);
  return fields;
}

import type { Message, ToolResult } from '../model.ts';
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

/**
 * The displayed (pretty-printed) text of each tool result searched so far. Pretty-printing is the
 * costly part of a message's fields (about 1 s per 100,000 messages), so it is done once per
 * result; the fields themselves are small and made afresh on each call, as keeping a list of them
 * for every tool message cost about 65 bytes a message of a transcript.
 */
const displayedOutputs = new WeakMap<ToolResult, string>();

/** `result.output` as the thread shows it (pretty JSON when it is JSON), computed once. */
function displayedOutput(result: ToolResult): string {
  let text = displayedOutputs.get(result);
  if (text === undefined) {
    text = displayedJson(result.output);
    displayedOutputs.set(result, text);
  }
  return text;
}

/** The scope of a message's own words (its text and citation titles): who said them. */
export function speakerScope(role: string): 'user' | 'assistant' {
  return role === 'user' ? 'user' : 'assistant';
}

/**
 * True when every part of `message` is text: then its fields are its own strings (its text parts
 * and citation titles), which a scan can test without making field objects first
 * (`forEachTextField`); most messages of a long transcript are such.
 */
export function isTextOnly(message: Message): boolean {
  for (const part of message.parts) if (part.kind !== 'text') return false;
  return true;
}

/** The field of text part `i` of a message, as `searchFields` lists it. */
function textField(message: Message, i: number, text: string): SearchField {
  return {
    key: `${i}:text`,
    scope: speakerScope(message.role),
    text,
    reveal: `${message.id}#${i}:more`,
  };
}

/** The field of citation `j`'s title, as `searchFields` lists it. */
function citationField(message: Message, j: number, title: string): SearchField {
  return { key: `c${j}:title`, scope: speakerScope(message.role), text: title };
}

/**
 * Calls `visit` with the text of each field of a text-only message (`isTextOnly`) and its index
 * among `searchFields(message)`, without making the fields: a scan makes a field only when it
 * matches (`fieldAt`), not for every message on every keystroke. All of them are in the
 * message's `speakerScope`.
 * @returns false, calling nothing, when the message has other parts.
 */
export function forEachTextField(
  message: Message,
  visit: (text: string, index: number) => void,
): boolean {
  if (!isTextOnly(message)) return false;
  const { parts, citations } = message;
  let index = 0;
  for (const part of parts) if (part.kind === 'text') visit(part.text, index++);
  for (const citation of citations) if (citation.title) visit(citation.title, index++);
  return true;
}

/** Where a field's words belong, as a scan filters them. */
export type FieldScope = SearchField['scope'];

/**
 * Calls `visit` with the text, scope and index of each of `searchFields(message)`, in the same
 * order, without making the fields (no objects, no key or reveal strings): a scan makes a field
 * only where it matches (`fieldAt`), and with 100,000 messages the making was the cost.
 */
export function forEachField(
  message: Message,
  visit: (text: string, scope: FieldScope, index: number) => void,
): void {
  const speaker = speakerScope(message.role);
  let index = 0;
  for (const part of message.parts) {
    switch (part.kind) {
      case 'text':
        visit(part.text, speaker, index++);
        break;
      case 'tool-call':
        visit(part.call.name, 'tool-calls', index++);
        visit(part.call.argumentsText, 'tool-calls', index++);
        break;
      case 'tool-result':
        visit(displayedOutput(part.result), 'tool-results', index++);
        break;
      case 'knowledge': {
        const k = part.knowledge;
        for (const text of [k.query, k.output, ...k.sources.flatMap((s) => [s.title, s.snippet])]) {
          if (text) visit(text, 'knowledge', index++);
        }
        break;
      }
      case 'files':
      case 'raw':
        break;
    }
  }
  for (const citation of message.citations) {
    if (citation.title) visit(citation.title, speaker, index++);
  }
}

/**
 * Field `index` of `searchFields(message)`.
 * @throws Error when there is no such field.
 */
export function fieldAt(message: Message, index: number): SearchField {
  const field = searchFields(message)[index];
  if (!field) throw new Error(`message ${message.id} has no search field ${index}`);
  return field;
}

/**
 * The searchable fields of a message (design.md "search over the model, not the DOM"): its text,
 * tool names and arguments, tool results, knowledge queries, answers and sources, and citation
 * titles. Made afresh on each call, cheaply: the costly part, a tool result's pretty-printed text,
 * is kept per result (`displayedOutput`).
 */
export function searchFields(message: Message): SearchField[] {
  const fields: SearchField[] = [];
  const card = (i: number) => `${message.id}#${i}`;
  message.parts.forEach((part, i) => {
    switch (part.kind) {
      case 'text':
        fields.push(textField(message, i, part.text));
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
          text: displayedOutput(part.result),
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
    if (c.title) fields.push(citationField(message, j, c.title));
  });
  return fields;
}

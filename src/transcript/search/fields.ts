import type { Message, ToolCall, ToolResult } from '../model.ts';
import { cardKey as card, foldKey } from '../open-parts.ts';
import { displayedJson } from '@/lib/pretty-json.ts';

/** What a search can be limited to (docs/contract.md "Search"). */
export type SearchScope =
  'everything' | 'user' | 'assistant' | 'tool-calls' | 'tool-results' | 'knowledge';

/** One searchable piece of a message. */
export interface SearchField {
  /** Identifies the field in a message: `<part index>:<what>`, e.g. `2:args`. */
  key: string;
  scope: Exclude<SearchScope, 'everything'>;
  text: string;
  /** The card or fold of its message to open when a match is inside it (open-parts.ts keys). */
  reveal?: string;
}

/**
 * The displayed (pretty-printed) text of each tool result and call's arguments searched so far.
 * Pretty-printing is the costly part of a message's fields, so it is done once per result or
 * call; the fields themselves are small and made afresh on each call rather than kept for every
 * message. A text too large to pretty-print (lib/pretty-json.ts `LARGE_TEXT`) is shown, and so
 * searched, as sent.
 */
const displayed = new WeakMap<ToolResult | ToolCall, string>();

/** `result.output` as the thread shows it (pretty JSON when it is JSON), computed once. */
function displayedOutput(result: ToolResult): string {
  let text = displayed.get(result);
  if (text === undefined) {
    text = displayedJson(result.output);
    displayed.set(result, text);
  }
  return text;
}

/** `call.argumentsText` as its card shows it (pretty JSON when it is JSON), computed once. */
function displayedArguments(call: ToolCall): string {
  let text = displayed.get(call);
  if (text === undefined) {
    text = displayedJson(call.argumentsText);
    displayed.set(call, text);
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

/** Which field of a part (or, for `title`, of a citation) a walk is at. */
type FieldWhat = 'text' | 'name' | 'args' | 'output' | 'knowledge' | 'title';

/**
 * Walks the fields of a message in `searchFields` order: `visit` gets each field's text, scope,
 * index, and where it is (the part's index, or the citation's for `title`; `sub`, the text's
 * index within a knowledge lookup). The one walk both `forEachField` and `searchFields` follow,
 * so the two cannot disagree on indices.
 */
function walkFields(
  message: Message,
  visit: (
    text: string,
    scope: FieldScope,
    index: number,
    at: number,
    what: FieldWhat,
    sub: number,
  ) => void,
): void {
  const speaker = speakerScope(message.role);
  let index = 0;
  message.parts.forEach((part, i) => {
    switch (part.kind) {
      case 'text':
        visit(part.text, speaker, index++, i, 'text', 0);
        break;
      case 'tool-call':
        visit(part.call.name, 'tool-calls', index++, i, 'name', 0);
        visit(displayedArguments(part.call), 'tool-calls', index++, i, 'args', 0);
        break;
      case 'tool-result':
        visit(displayedOutput(part.result), 'tool-results', index++, i, 'output', 0);
        break;
      case 'knowledge': {
        const k = part.knowledge;
        const texts = [k.query, k.output, ...k.sources.flatMap((s) => [s.title, s.snippet])];
        texts.forEach((text, j) => {
          if (text) visit(text, 'knowledge', index++, i, 'knowledge', j);
        });
        break;
      }
      case 'files':
      case 'pressed':
      case 'raw':
        break;
    }
  });
  message.citations.forEach((c, j) => {
    if (c.title) visit(c.title, speaker, index++, j, 'title', 0);
  });
}

/**
 * Calls `visit` with the text, scope and index of each of `searchFields(message)`, in the same
 * order, without making the fields (no objects, no key or reveal strings): a scan makes a field
 * only where it matches (`fieldAt`), as making them all costs more than matching them.
 */
export function forEachField(
  message: Message,
  visit: (text: string, scope: FieldScope, index: number) => void,
): void {
  walkFields(message, visit);
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
 * The searchable fields of a message (docs/architecture.md "Search": over the model, not the page): its text,
 * tool names and arguments, tool results, knowledge queries, answers and sources, and citation
 * titles. Made afresh on each call, cheaply: the costly part, pretty-printed JSON, is kept per result and call (`displayedOutput`, `displayedArguments`).
 */
export function searchFields(message: Message): SearchField[] {
  const fields: SearchField[] = [];
  walkFields(message, (text, scope, _index, at, what, sub) => {
    switch (what) {
      case 'text':
        fields.push({ key: `${at}:text`, scope, text, reveal: foldKey(at) });
        break;
      case 'name':
        fields.push({ key: `${at}:name`, scope, text });
        break;
      case 'args':
        fields.push({ key: `${at}:args`, scope, text, reveal: card(at) });
        break;
      case 'output': {
        // A result recorded in its call's message is shown inside the call's card.
        const part = message.parts[at];
        const callId = part?.kind === 'tool-result' ? part.result.callId : undefined;
        const callIndex = message.parts.findIndex(
          (p) => p.kind === 'tool-call' && p.call.id === callId,
        );
        fields.push({
          key: `${at}:output`,
          scope,
          text,
          ...(callIndex >= 0 ? { reveal: card(callIndex) } : {}),
        });
        break;
      }
      case 'knowledge':
        fields.push({ key: `${at}:k${sub}`, scope, text, reveal: card(at) });
        break;
      case 'title':
        fields.push({ key: `c${at}:title`, scope, text });
        break;
    }
  });
  return fields;
}

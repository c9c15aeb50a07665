import type {
  Citation,
  Message,
  MessagePage,
  Part,
  TextFormat,
  ToolCall,
  ToolResult,
} from './model.ts';

/**
 * The thread keeps every message of a transcript (100,000 must fit in memory: the benchmark's
 * budget is twice the transcript's JSON), so messages are rebuilt once, as they arrive, in the
 * cheapest form the engine has for them. A message copied from the page worker (structured clone)
 * or read from JSON has:
 * - its own copy of every repeated string: role, part kind, text format, tool name (about 60 bytes
 *   a message at 100,000);
 * - its properties out of line, in a separate property array, because such objects are built one
 *   property at a time;
 * - an empty citation list of its own.
 * Objects made here from literals of one fixed shape keep their properties inline, and repeated
 * strings are shared.
 */

/** Most distinct values interned per kind of field: enough for any real set of roles or tool names, and bounded so a vendor sending a distinct value per message cannot grow the table without end. */
const INTERNED_PER_FIELD = 256;

/** A table of interned strings: the same value is the same string object. */
function internTable(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (seen.size < INTERNED_PER_FIELD) seen.set(value, value);
    return value;
  };
}

const internRole = internTable();
const internToolName = internTable();
const internAuthor = internTable();

/** One shared empty citation list, frozen so that no holder can add to everyone's. */
const NO_CITATIONS: Citation[] = [];
Object.freeze(NO_CITATIONS);

/** The format as one of the model's own string constants. */
function textFormat(format: TextFormat): TextFormat {
  switch (format) {
    case 'markdown':
      return 'markdown';
    case 'commonmark':
      return 'commonmark';
    case 'plain':
      return 'plain';
  }
}

function toolCall(call: ToolCall): ToolCall {
  return { id: call.id, name: internToolName(call.name), argumentsText: call.argumentsText };
}

function toolResult(result: ToolResult): ToolResult {
  return {
    callId: result.callId,
    name: result.name === undefined ? undefined : internToolName(result.name),
    output: result.output,
    failed: result.failed,
  };
}

/** A part rebuilt from literals (its kind a constant of this module, shared by every part). */
function compactPart(part: Part): Part {
  switch (part.kind) {
    case 'text':
      return { kind: 'text', text: part.text, format: textFormat(part.format) };
    case 'tool-call':
      return { kind: 'tool-call', call: toolCall(part.call) };
    case 'tool-result':
      return { kind: 'tool-result', result: toolResult(part.result) };
    case 'knowledge':
      return { kind: 'knowledge', knowledge: part.knowledge };
    case 'files':
      return { kind: 'files', files: part.files };
    case 'raw':
      return { kind: 'raw', note: part.note, value: part.value };
  }
}

/**
 * `message` rebuilt compactly (see the module comment): the same values, with repeated strings
 * shared, properties inline, and an empty citation list shared (frozen). Every field of a message
 * the thread keeps (page-worker/lean.ts: no `raw`, no `details`) is written, absent ones as
 * undefined, so that all such messages share one hidden class with no property array; the result
 * is equal to the input by `toEqual`, not by `toStrictEqual`. A message with `raw` or `details`
 * keeps them.
 */
export function compactMessage(message: Message): Message {
  const compact: Message = {
    id: message.id,
    role: internRole(message.role),
    time: message.time,
    timeMs: message.timeMs,
    author: message.author === undefined ? undefined : internAuthor(message.author),
    parts: message.parts.map(compactPart),
    citations: message.citations.length === 0 ? NO_CITATIONS : message.citations,
    sourcePage: message.sourcePage,
    sourceIndex: message.sourceIndex,
  };
  if (message.raw === undefined && message.details === undefined) return compact;
  return { ...compact, details: message.details, raw: message.raw };
}

/** `page` with every message rebuilt by {@link compactMessage}. */
export function compactPage(page: MessagePage): MessagePage {
  return { ...page, messages: page.messages.map(compactMessage) };
}

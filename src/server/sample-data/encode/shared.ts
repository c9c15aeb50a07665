/** Helpers the three vendor encoders share. */
import type { Json } from '../../sample-backend/dataset.ts';
import type { ToolCall, ToolResult, Turn } from '../script.ts';

/** A tool call together with who made it (tau2-bench user simulators call tools too). */
export interface PairedCall {
  call: ToolCall;
  requestor: 'user' | 'assistant';
}

/** The outcome of {@link pairToolResults}. */
export interface Pairing {
  byResult: Map<ToolResult, PairedCall>;
  unpaired: Set<ToolCall>;
}

/**
 * Links each tool result to its call. Ids can repeat inside one conversation (real corpus
 * data), so calls with the same id are matched first-in, first-out rather than by id alone.
 */
export function pairToolResults(turns: readonly Turn[]): Pairing {
  const pending = new Map<string, PairedCall[]>();
  const byResult = new Map<ToolResult, PairedCall>();
  const unpaired = new Set<ToolCall>();
  for (const turn of turns) {
    if ((turn.kind === 'user' || turn.kind === 'assistant') && turn.toolCalls) {
      for (const call of turn.toolCalls) {
        const queue = pending.get(call.id) ?? [];
        queue.push({ call, requestor: turn.kind });
        pending.set(call.id, queue);
        unpaired.add(call);
      }
    } else if (turn.kind === 'tool') {
      const match = pending.get(turn.callId)?.shift();
      if (match) {
        byResult.set(turn, match);
        unpaired.delete(match.call);
      }
    }
  }
  return { byResult, unpaired };
}

/** Parses text as JSON; undefined when it is not JSON. */
export function tryParseJson(text: string): Json | undefined {
  try {
    const value: Json = JSON.parse(text);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Tool arguments as a JSON value: objects as they are; a raw string is parsed when it holds a
 * JSON object (OpenAI-style arguments) and otherwise kept as the string.
 */
export function argumentsValue(args: ToolCall['arguments']): Json {
  if (typeof args !== 'string') return args;
  const parsed = tryParseJson(args);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : args;
}

/** Tool arguments as the JSON string Telnyx sends (docs/vendor-notes.md §2.4); raw strings verbatim. */
export function argumentsString(args: ToolCall['arguments']): string {
  return typeof args === 'string' ? args : JSON.stringify(args);
}

/**
 * Wraps text in a Markdown code fence, longer than any backtick run inside it, so corpus
 * text that itself holds fences cannot close it early.
 */
export function fence(text: string, lang: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/**
 * The code-point index just after the first occurrence of `after` in `text` (the unit
 * Moveworks offsets use, docs/vendor-notes.md §3.4).
 * @throws RangeError when `after` does not occur in `text`.
 */
export function codePointOffsetAfter(text: string, after: string): number {
  const at = text.indexOf(after);
  if (at < 0) throw new RangeError(`citation anchor not found: ${after.slice(0, 60)}`);
  return Array.from(text.slice(0, at + after.length)).length;
}

/** True when a tool name reads like a lookup (sent as GET by the Twilio tool webhook). */
export function isReadOnlyTool(name: string): boolean {
  return /^(get|search|list|find|check|lookup|calculate|fetch|retrieval|track)/i.test(name);
}

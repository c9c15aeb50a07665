import type { Message, ToolCall, ToolResult } from './model.ts';

/** Where a tool call or result sits: `<message id>#<part index>`. */
export type PartKey = string;

/** A call with its result, when one was found. */
export interface ToolPair {
  call: ToolCall;
  callKey: PartKey;
  callMessageId: string;
  /** The call's message time, ms since the epoch. */
  callTimeMs?: number;
  result?: ToolResult;
  resultKey?: PartKey;
  resultMessageId?: string;
  /** The result's message time, ms since the epoch. */
  resultTimeMs?: number;
}

/** Calls and results of a transcript, linked both ways. */
export interface ToolPairing {
  /** Every call in transcript order. */
  pairs: ToolPair[];
  byCallKey: Map<PartKey, ToolPair>;
  byResultKey: Map<PartKey, ToolPair>;
}

/**
 * Pairs tool results with their calls, in one pass over a chronological transcript
 * (design.md: "tool results folded to their calls by a pure function"). A result with a call id
 * goes to the earliest still-open call with that id (ids are reused within a conversation in real
 * data, shared/corpus/README.md); a result without one, or whose id matches no open call, goes to
 * the earliest open call without a result; else it stays unpaired.
 */
export function pairToolCalls(messages: readonly Message[]): ToolPairing {
  const pairs: ToolPair[] = [];
  const byCallKey = new Map<PartKey, ToolPair>();
  const byResultKey = new Map<PartKey, ToolPair>();
  const open: ToolPair[] = [];
  for (const message of messages) {
    message.parts.forEach((part, i) => {
      const key = `${message.id}#${i}`;
      if (part.kind === 'tool-call') {
        const pair: ToolPair = {
          call: part.call,
          callKey: key,
          callMessageId: message.id,
          callTimeMs: message.timeMs,
        };
        pairs.push(pair);
        byCallKey.set(key, pair);
        open.push(pair);
      } else if (part.kind === 'tool-result') {
        const { callId } = part.result;
        let at = callId === undefined ? -1 : open.findIndex((p) => p.call.id === callId);
        if (at < 0) at = open.findIndex((p) => callId === undefined || p.call.id === undefined);
        const pair = at < 0 ? undefined : open.splice(at, 1)[0];
        if (!pair) return;
        pair.result = part.result;
        pair.resultKey = key;
        pair.resultMessageId = message.id;
        pair.resultTimeMs = message.timeMs;
        byResultKey.set(key, pair);
      }
    });
  }
  return { pairs, byCallKey, byResultKey };
}

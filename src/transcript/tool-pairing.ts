import type { Message, ToolCall, ToolResult } from './model.ts';

/** A call with its result, when one was found. Parts are indices into their message's `parts`. */
export interface ToolPair {
  call: ToolCall;
  callMessageId: string;
  callPart: number;
  /** The call's message time, ms since the epoch. */
  callTimeMs?: number;
  result?: ToolResult;
  resultMessageId?: string;
  resultPart?: number;
  /** The result's message time, ms since the epoch. */
  resultTimeMs?: number;
}

/** Calls and results of a transcript, linked both ways. */
export interface ToolPairing {
  /** Every call in transcript order. */
  pairs: ToolPair[];
  /**
   * For each message with tool calls or results, by message id: the pair of each of its parts,
   * by part index (undefined for other parts, and for a result no call claims).
   */
  ofMessage: Map<string, (ToolPair | undefined)[]>;
}

/** Calls in order, each taken once: the earliest not yet closed, in amortized constant time. */
class OpenCalls {
  private readonly list: ToolPair[] = [];
  private head = 0;
  push(pair: ToolPair): void {
    this.list.push(pair);
  }
  /** The earliest call not in `closed`, or undefined. */
  first(closed: ReadonlySet<ToolPair>): ToolPair | undefined {
    for (let p = this.list[this.head]; p && closed.has(p); p = this.list[this.head]) this.head++;
    return this.list[this.head];
  }
}

/**
 * Pairs tool results with their calls, in one pass over a chronological transcript
 * (docs/architecture.md, "From a page arriving to rows on screen"). A result with a call id
 * goes to the earliest still-open call with that id (ids are reused within a conversation in real
 * transcripts); a result without one, or whose id matches no open call, goes to
 * the earliest open call without a result; else it stays unpaired.
 */
export function pairToolCalls(messages: readonly Message[]): ToolPairing {
  const pairs: ToolPair[] = [];
  const ofMessage = new Map<string, (ToolPair | undefined)[]>();
  // One slot per part, made at its size: an array grown by assignment keeps spare room.
  const place = (message: Message, part: number, pair: ToolPair) => {
    const parts =
      ofMessage.get(message.id) ?? new Array<ToolPair | undefined>(message.parts.length);
    parts[part] = pair;
    ofMessage.set(message.id, parts);
  };
  // Open calls in order, and by id: a call that never gets its result stays open, and scanning
  // every open call for each result would be quadratic over a long transcript.
  const open = new OpenCalls();
  const openWithoutId = new OpenCalls();
  const openById = new Map<string, OpenCalls>();
  const closed = new Set<ToolPair>();
  // Plain loops, no closure per message: this runs over every message each time the thread
  // shows newly arrived pages.
  for (const message of messages) {
    const parts = message.parts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (!part || (part.kind !== 'tool-call' && part.kind !== 'tool-result')) continue;
      if (part.kind === 'tool-call') {
        const pair: ToolPair = {
          call: part.call,
          callMessageId: message.id,
          callPart: i,
          callTimeMs: message.timeMs,
        };
        pairs.push(pair);
        place(message, i, pair);
        open.push(pair);
        if (part.call.id === undefined) openWithoutId.push(pair);
        else {
          const same = openById.get(part.call.id) ?? new OpenCalls();
          same.push(pair);
          openById.set(part.call.id, same);
        }
        continue;
      }
      const { callId } = part.result;
      const pair =
        callId === undefined
          ? open.first(closed)
          : (openById.get(callId)?.first(closed) ?? openWithoutId.first(closed));
      if (!pair) continue;
      closed.add(pair);
      pair.result = part.result;
      pair.resultMessageId = message.id;
      pair.resultPart = i;
      pair.resultTimeMs = message.timeMs;
      place(message, i, pair);
    }
  }
  return { pairs, ofMessage };
}

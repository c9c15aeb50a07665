import type { ActionOffer } from './action-offers.ts';
import { placedCitationsOf, type PlacedCitations } from './citations.ts';
import type { Message } from './model.ts';
import type { ToolPair, ToolPairing } from './tool-pairing.ts';

/**
 * The messages a view shows, with each one's 1-based position in the whole transcript. Without a
 * filter it is the transcript's own array and positions are index + 1, so showing everything
 * costs nothing per message.
 */
export interface ShownRows {
  messages: readonly Message[];
  /** `positions[i]` of `messages[i]`; undefined when every message is shown. */
  positions?: Uint32Array;
}

/** The 1-based position in the whole transcript of row `index` of `rows`. */
export function positionAt(rows: ShownRows, index: number): number {
  return rows.positions ? (rows.positions[index] ?? 0) : index + 1;
}

/** One row of the feed: a message with everything it shows that is found elsewhere. */
export interface Row {
  message: Message;
  /** 1-based position in the whole transcript. */
  position: number;
  /** The tool call ↔ result pair of each of its parts, by part index (tool-pairing.ts). */
  pairs: readonly (ToolPair | undefined)[] | undefined;
  /** Its citations placed in its first text part; undefined when it cites nothing. */
  citations: PlacedCitations | undefined;
  /** For a message that pressed an offered button, the offer; else undefined. */
  pressed: ActionOffer | undefined;
  /** True for the first of a run of live agent's messages: a person took over here. */
  handoff: boolean;
  /** True when the row before it is of the same turn (`Message.turnId`): shown as one turn. */
  turnContinues: boolean;
  /** For a late reply (turns.ts), the id of the request it answers: its turn's first message. */
  lateReplyTo: string | undefined;
}

/**
 * What rows link their messages to: tool pairs, offered buttons by callback id, and late replies
 * to the first message of their turn, by message id (turns.ts).
 */
export type RowLinks = ToolPairing & {
  offers?: ReadonlyMap<string, ActionOffer>;
  lateReplies?: ReadonlyMap<string, string>;
};

/**
 * Row `index` of `rows`, with its pairs, placed citations, pressed offer and turn, so that it renders
 * without looking anything up. Built for the rows on screen only; each field keeps its identity
 * while the message and the links do, so a memoized row does not render again.
 */
export function rowAt(rows: ShownRows, index: number, links: RowLinks): Row | undefined {
  const message = rows.messages[index];
  if (!message) return undefined;
  const press = message.parts.find((part) => part.kind === 'pressed');
  const { turnId } = message;
  return {
    message,
    position: positionAt(rows, index),
    pairs: links.ofMessage.get(message.id),
    citations: placedCitationsOf(message),
    pressed: press ? links.offers?.get(press.callbackId) : undefined,
    handoff: message.role === 'agent' && rows.messages[index - 1]?.role !== 'agent',
    turnContinues: turnId !== undefined && rows.messages[index - 1]?.turnId === turnId,
    lateReplyTo: links.lateReplies?.get(message.id),
  };
}

/** True for what people said to each other: no tool or knowledge messages, no tool-call-only turns. */
function isConversation(m: Message): boolean {
  if (m.role === 'tool' || m.role === 'knowledge') return false;
  return m.parts.some(
    (p) => p.kind === 'text' || p.kind === 'files' || p.kind === 'raw' || p.kind === 'pressed',
  );
}

/**
 * The messages to show, each with its position in the whole transcript (positions do not change
 * when a view hides some). `conversationOnly` hides tool and knowledge messages and turns that
 * only call tools.
 */
export function visibleMessages(
  messages: readonly Message[],
  conversationOnly: boolean,
): ShownRows {
  if (!conversationOnly) return { messages };
  const shown: Message[] = [];
  const positions: number[] = [];
  messages.forEach((message, i) => {
    if (isConversation(message)) {
      shown.push(message);
      positions.push(i + 1);
    }
  });
  return { messages: shown, positions: Uint32Array.from(positions) };
}

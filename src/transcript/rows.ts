import type { Message } from './model.ts';

/**
 * The messages a view shows, with each one's 1-based position in the whole transcript. Without a
 * filter it is the transcript's own array and positions are index + 1, so showing everything
 * costs nothing per message (an object a message was 24 bytes of a 100,000-message transcript).
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

/** True for what people said to each other: no tool or knowledge messages, no tool-call-only turns. */
function isConversation(m: Message): boolean {
  if (m.role === 'tool' || m.role === 'knowledge') return false;
  return m.parts.some((p) => p.kind === 'text' || p.kind === 'files' || p.kind === 'raw');
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

/** Keys of every expandable card (tool calls, knowledge lookups), for "Expand all". */
export function cardKeys(messages: readonly Message[]): string[] {
  return messages.flatMap((m) =>
    m.parts.flatMap((p, i) =>
      p.kind === 'tool-call' || p.kind === 'knowledge' ? [`${m.id}#${i}`] : [],
    ),
  );
}

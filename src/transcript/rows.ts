import type { Message } from './model.ts';

/** A message and its 1-based position in the whole transcript. */
export interface PositionedMessage {
  message: Message;
  position: number;
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
): PositionedMessage[] {
  const rows: PositionedMessage[] = [];
  messages.forEach((message, i) => {
    if (!conversationOnly || isConversation(message)) rows.push({ message, position: i + 1 });
  });
  return rows;
}

/** Keys of every expandable card (tool calls, knowledge lookups), for "Expand all". */
export function cardKeys(messages: readonly Message[]): string[] {
  return messages.flatMap((m) =>
    m.parts.flatMap((p, i) =>
      p.kind === 'tool-call' || p.kind === 'knowledge' ? [`${m.id}#${i}`] : [],
    ),
  );
}

import type { Message } from '@/transcript/model.ts';

/**
 * The attributes every message `article` carries, full or placeholder (docs/contract.md
 * "Message"): its id, role and turn (where the vendor has turns), its 1-based position in the
 * whole transcript and the set size (-1 while the count is unknown), and an accessible name
 * saying role and position.
 */
export function articleAttributes(message: Message, position: number, messageCount: number) {
  return {
    'data-message-id': message.id,
    'data-role': message.role,
    'aria-posinset': position,
    'aria-setsize': messageCount,
    'aria-label': `${message.role} message ${position}`,
    'data-turn-id': message.turnId,
  };
}

import type { Message } from '@/transcript/model.ts';

/**
 * The attributes every message `article` carries, full or placeholder (docs/contract.md
 * "Message"): its id and role, its 1-based position in the whole transcript and the set size
 * (-1 while the count is unknown), and an accessible name saying both.
 */
export function articleAttributes(message: Message, position: number, messageCount: number) {
  return {
    'data-message-id': message.id,
    'data-role': message.role,
    'aria-posinset': position,
    'aria-setsize': messageCount,
    'aria-label': `${message.role} message ${position}`,
  };
}

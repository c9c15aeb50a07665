import type { Message } from './model.ts';

/**
 * The late replies of `messages`: each message filed under a turn (`Message.turnId`, Moveworks
 * `response_id`) other than the latest one begun before it, mapped to the id of its turn's first
 * message. The vendor files a reply under an earlier request this way (docs/vendor-notes.md
 * §3.4, "Response grouping").
 */
export function lateReplies(messages: readonly Message[]): ReadonlyMap<string, string> {
  const starts = new Map<string, string>();
  const late = new Map<string, string>();
  let latest: string | undefined;
  for (const message of messages) {
    const { turnId } = message;
    if (turnId === undefined || turnId === latest) continue;
    const start = starts.get(turnId);
    if (start === undefined) {
      starts.set(turnId, message.id);
      latest = turnId;
    } else {
      late.set(message.id, start);
    }
  }
  return late;
}

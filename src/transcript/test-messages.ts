import type { Message, Part } from './model.ts';

/** A minimal message for tests: id, time in ms (or none), parts and role (`assistant`). */
export function testMessage(
  id: string,
  timeMs: number | undefined,
  parts: Part[] = [],
  role = 'assistant',
): Message {
  return { id, role, timeMs, parts, citations: [] };
}

import type { Message, Part } from './model.ts';

/** A minimal message for tests: id, time in ms (or none) and parts. */
export function testMessage(id: string, timeMs: number | undefined, parts: Part[] = []): Message {
  return { id, role: 'assistant', timeMs, parts, citations: [] };
}

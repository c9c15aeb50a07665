import type { z } from 'zod';
import { NO_CITATIONS, type Message } from '@/transcript/model.ts';
import { describeIssues } from './get-parsed.ts';

/**
 * A vendor item that failed its message schema, kept as one raw part with a note saying why,
 * so nothing the vendor sent is dropped (docs/architecture.md, "Bad input").
 * @param id the id to show it under (the vendor's is unreadable or absent).
 */
export function unreadableMessage(id: string, item: unknown, error: z.ZodError): Message {
  const note = `Unrecognised message: ${describeIssues(error)}`;
  return {
    id,
    role: 'unknown',
    parts: [{ kind: 'raw', note, value: item }],
    citations: NO_CITATIONS,
  };
}

import type { Message } from '@/transcript/model.ts';
import { reachedEnd, type Transcript } from './transcript.ts';

/** What a loaded transcript is made of, and what is odd about it (docs/architecture.md). */
export interface Integrity {
  /** Messages shown, by role in the order first met, e.g. `[['user', 40], ['assistant', 52]]`. */
  roles: [string, number][];
  /** The vendor's count of the whole transcript, where it gives one (Telnyx). */
  total: number | undefined;
  /** Ids of the messages the source sent more than once in one reading: each kept once. */
  duplicates: string[];
  /**
   * Ids of the messages shown raw, whole or in part: the vendor sent them, or a field, citation
   * or tool call of them, in a shape the viewer could not read.
   */
  unreadable: string[];
  /** How many messages have no readable time (each sorted just after the one before it). */
  untimed: number;
  /** True when the source said a cursor expired and the transcript was read again from page 1. */
  restarted: boolean;
  /** False when loading stopped before the last page (a failure, or a repeated cursor). */
  complete: boolean;
  /**
   * True when the vendor sent a page cursor it had sent before, or more pages than the viewer
   * reads (lib/paging.ts), and loading stopped there.
   */
  stalled: boolean;
}

/** Ids met more than once in `pages`, in order of the second meeting. */
function repeatedIds(pages: readonly { messages: readonly Message[] }[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const page of pages) {
    for (const { id } of page.messages) {
      if (seen.has(id)) repeated.add(id);
      else seen.add(id);
    }
  }
  return [...repeated];
}

/** The {@link Integrity} of `transcript` as loaded. */
export function integrityOf(transcript: Transcript): Integrity {
  const { pages, messages } = transcript;
  const roles = new Map<string, number>();
  const unreadable: string[] = [];
  let untimed = 0;
  for (const message of messages) {
    roles.set(message.role, (roles.get(message.role) ?? 0) + 1);
    if (message.parts.some((part) => part.kind === 'raw')) unreadable.push(message.id);
    if (message.timeMs === undefined) untimed += 1;
  }
  return {
    roles: [...roles],
    total: transcript.total,
    duplicates: repeatedIds(pages),
    unreadable,
    untimed,
    restarted: transcript.restarted,
    complete: reachedEnd(transcript),
    stalled: transcript.stalled,
  };
}

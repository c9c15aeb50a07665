/**
 * Corpus chats before they become scripts: turns may lack timestamps (tau-bench has none),
 * which {@link draftToScript} synthesises deterministically.
 */
import { derivedIds } from '../define.ts';
import { createRng } from '../random.ts';
import type { Script, Turn } from '../script.ts';

type Untimed<T> = T extends unknown ? Omit<T, 'at'> & { at?: number } : never;

/** A turn whose instant (Unix µs) may be unknown. */
export type DraftTurn = Untimed<Turn>;

/** One chat read from a corpus file. */
export interface ChatDraft {
  /** Corpus-relative file, e.g. `tau-bench/gpt-4o-airline.json`. */
  source: string;
  /** Id inside the file (simulation id, uid, `task-12.trial-0`). */
  localId: string;
  title: string;
  /** End-user handle for the Twilio identity, when the source names one. */
  user?: string;
  turns: DraftTurn[];
}

/** Base of synthesised timestamps: 2026-01-05T09:00:00Z, one chat every 7 hours. */
const SYNTHETIC_BASE = Date.UTC(2026, 0, 5, 9) * 1000;

/** Seconds a turn takes to appear after the previous one, longer for longer text. */
function gapSeconds(turn: DraftTurn, next: () => number): number {
  const length = turn.kind === 'knowledge' ? 0 : turn.text.length;
  if (turn.kind === 'tool') return 0.5 + next() * 1.5;
  if (turn.kind === 'user') return 4 + next() * 20 + Math.min(length / 40, 30);
  return 1.5 + next() * 3 + Math.min(length / 400, 20);
}

/**
 * Makes a {@link Script} of a draft. Known instants are kept verbatim (even out of order, as
 * real data can be); unknown ones follow the previous turn by a plausible, seeded gap.
 * Ids: Twilio `corpus__<source>/<localId>`, Telnyx UUID and Moveworks `conv_…` from a hash.
 * @param index - the chat's position in the output; spaces synthetic start times apart.
 */
export function draftToScript(draft: ChatDraft, index: number): Script {
  const key = `corpus:${draft.source}:${draft.localId}`;
  const rng = createRng(key);
  let at = SYNTHETIC_BASE + index * 7 * 3600 * 1e6;
  const turns: Turn[] = draft.turns.map((turn, i) => {
    at = turn.at ?? (i === 0 ? at : at + Math.round(gapSeconds(turn, rng.next) * 1e6));
    return { ...turn, at };
  });
  const slug = draft.source.replace(/\.jsonl?$/, '').replace(/[^A-Za-z0-9._-]+/g, '.');
  const user = draft.user ?? `corpus-${index + 1}`;
  return {
    key,
    title: draft.title,
    channel: 'web',
    ids: { twilio: `corpus__${slug}/${draft.localId}`, ...derivedIds(key) },
    twilioIdentity: `user_id:${user}`,
    endUser: `web:${user}`,
    twilioShape: 'output',
    telnyxMetadata: { corpus_source: draft.source, corpus_id: draft.localId },
    turns,
  };
}

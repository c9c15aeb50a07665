import type { Message } from '../model.ts';
import {
  forEachField,
  forEachTextField,
  isTextOnly,
  speakerScope,
  type FieldScope,
  type SearchScope,
} from './fields.ts';
import { fieldIndexOf } from './field-index.ts';
import { FieldHit, MatchList } from './match-list.ts';
import { matchCounter } from './matcher.ts';

/** A finished scan: the matches of `regex` in `messages`, limited to `scope`. */
export interface ScanResult {
  messages: readonly Message[];
  regex: RegExp;
  scope: SearchScope;
  matches: MatchList;
}

/** A scan that runs in slices: `step` until it returns true, then `result`. */
export interface Scan {
  /**
   * Scans on until done or until `shouldYield()` says to stop (asked every few messages).
   * @returns true when done.
   */
  step: (shouldYield: () => boolean) => boolean;
  /** The finished result. @throws Error when called before `step` returned true. */
  result: () => ScanResult;
}

/** How a scan may reuse an earlier result. */
export interface ScanBasis {
  /** A finished scan of the same regex and scope over fewer messages, or of a broader query. */
  previous?: ScanResult;
  /**
   * True when every text matching the new regex also matches `previous.regex` (the query was
   * typed on: a literal query that contains the previous literal, same options), so only the
   * fields that matched before need searching when the messages are the same.
   */
  narrows?: boolean;
}

/** Messages asked between checks of the clock: one is microseconds, a check is not free. */
const CHECK_EVERY = 16;

function sameRegex(a: RegExp, b: RegExp): boolean {
  return a.source === b.source && a.flags === b.flags;
}

/**
 * Offset at which `older` sits unchanged inside `newer` (pages arrived after it: 0; before it:
 * the count added), or undefined when the list changed otherwise.
 */
export function overlapOffset(
  older: readonly Message[],
  newer: readonly Message[],
): number | undefined {
  const added = newer.length - older.length;
  if (added < 0) return undefined;
  for (const offset of added === 0 ? [0] : [0, added]) {
    let same = true;
    for (let i = 0; i < older.length && same; i++) same = newer[offset + i] === older[i];
    if (same) return offset;
  }
  return undefined;
}

/**
 * Starts a resumable scan for `regex` over `messages` in `scope`. It reuses `basis.previous`
 * when it can: the same search over a list that only grew at either end scans just the new
 * messages; a narrowing query over the same list rescans only the fields that matched. Each
 * field's matches are counted in one pass (no match, no cost beyond one search), and a text-only
 * message's fields are made only when they match, so a scan allocates little beyond its hits.
 * Searching everything in a list whose field index is built (field-index.ts) reads its flat
 * texts rather than each message's parts.
 */
export function startScan(
  messages: readonly Message[],
  regex: RegExp,
  scope: SearchScope,
  basis: ScanBasis = {},
): Scan {
  const { previous } = basis;
  const reusable = previous && previous.scope === scope ? previous : undefined;
  const offset =
    reusable && sameRegex(reusable.regex, regex)
      ? overlapOffset(reusable.messages, messages)
      : undefined;
  const narrowing =
    offset === undefined && basis.narrows && reusable && reusable.messages === messages
      ? reusable.matches.hits
      : undefined;
  // What to scan: messages [from, to), or the fields of the earlier hits when narrowing.
  const from = offset === undefined ? 0 : offset === 0 ? (reusable?.messages.length ?? 0) : 0;
  const to = offset === undefined ? messages.length : offset === 0 ? messages.length : offset;
  const hits: FieldHit[] = [];
  const count = matchCounter(regex);
  let next = narrowing ? 0 : from;
  let done: ScanResult | undefined;

  // Fields are tested as plain strings; only a match makes its field (FieldHit, fieldAt).
  let current: Message | undefined;
  const visitText = (text: string, index: number) => {
    const n = count(text);
    if (n > 0 && current) hits.push(new FieldHit(current, index, text, n));
  };
  const visitField = (text: string, fieldScope: FieldScope, index: number) => {
    if (scope === 'everything' || fieldScope === scope) visitText(text, index);
  };
  const scanMessage = (message: Message) => {
    current = message;
    const words = scope === 'everything' || scope === speakerScope(message.role);
    if (words ? forEachTextField(message, visitText) : isTextOnly(message)) return;
    forEachField(message, visitField);
  };
  // Searching everything in a list whose field index is built: its flat texts (field-index.ts).
  const index = scope === 'everything' && !narrowing ? fieldIndexOf(messages) : undefined;
  const scanIndexed = (texts: readonly string[], starts: Uint32Array, m: number) => {
    const first = starts[m] ?? 0;
    const end = starts[m + 1] ?? 0;
    for (let f = first; f < end; f++) {
      const text = texts[f] ?? '';
      const n = count(text);
      const message = messages[m];
      if (n > 0 && message) hits.push(new FieldHit(message, f - first, text, n));
    }
  };
  const finish = (): ScanResult => {
    const old = reusable?.matches.hits ?? [];
    const all = offset === undefined ? hits : offset === 0 ? old.concat(hits) : hits.concat(old);
    return { messages, regex, scope, matches: new MatchList(all) };
  };

  const step = (shouldYield: () => boolean): boolean => {
    if (done) return true;
    if (narrowing) {
      while (next < narrowing.length) {
        const hit = narrowing[next++];
        const n = hit ? count(hit.text) : 0;
        if (hit && n > 0) hits.push(hit.count === n ? hit : hit.withCount(n));
        if (next % (CHECK_EVERY * 4) === 0 && shouldYield()) return false;
      }
    } else if (index) {
      const { texts, starts } = index;
      while (next < to) {
        scanIndexed(texts, starts, next++);
        if (next % CHECK_EVERY === 0 && shouldYield()) return false;
      }
    } else {
      while (next < to) {
        const message = messages[next++];
        if (message) scanMessage(message);
        if (next % CHECK_EVERY === 0 && shouldYield()) return false;
      }
    }
    done = finish();
    return true;
  };
  return {
    step,
    result: () => {
      if (!done) throw new Error('scan not finished');
      return done;
    },
  };
}

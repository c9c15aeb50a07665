import type { Message } from '../model.ts';
import { fieldAt, type SearchField } from './fields.ts';

/** One match: in which message and field, the n-th there, and what to open to show it. */
export interface SearchMatch {
  messageId: string;
  fieldKey: string;
  /** 0-based occurrence within the field. */
  occurrence: number;
  /** A card or fold that must be open for the match to be seen. */
  reveal?: string;
}

/** A match's identity across re-searches: `<message id>|<field key>|<occurrence>`. */
export function matchId(m: Pick<SearchMatch, 'messageId' | 'fieldKey' | 'occurrence'>): string {
  return `${m.messageId}|${m.fieldKey}|${m.occurrence}`;
}

/**
 * A field of a message with at least one match, and how many (empty matches not counted). The
 * field may be held as its index among the message's fields and made on first use: a common
 * letter matches in most fields, and making each field's strings while scanning costs as much as
 * the matching itself.
 */
export class FieldHit {
  readonly message: Message;
  /** The field's text: a narrower query searches it again, without going through the message. */
  readonly text: string;
  readonly count: number;
  private made: SearchField | number;

  /**
   * @param field the field, or its index among `searchFields(message)`.
   * @param text the field's text.
   */
  constructor(message: Message, field: SearchField | number, text: string, count: number) {
    this.message = message;
    this.made = field;
    this.text = text;
    this.count = count;
  }

  /** The field, as `searchFields` lists it. */
  get field(): SearchField {
    if (typeof this.made === 'number') this.made = fieldAt(this.message, this.made);
    return this.made;
  }

  /** The same field with another count: what a narrower query found in it. */
  withCount(count: number): FieldHit {
    return new FieldHit(this.message, this.made, this.text, count);
  }
}

/** A match's identity without its position: what `matchId` is made of. */
export type MatchKey = Pick<SearchMatch, 'messageId' | 'fieldKey' | 'occurrence'>;

/**
 * The matches of one search, in transcript order, held as one record per matching field rather
 * than per match: a one-letter query finds several matches a message, and making an object and
 * an id for each would cost more than finding them. Matches are made on demand, and
 * the index behind `has` is built when marks ask, as far as they ask, not while scanning: a scan
 * superseded by the next keystroke never pays for it.
 */
export class MatchList {
  /** Number of matches. */
  readonly count: number;
  readonly hits: readonly FieldHit[];
  /** `starts[i]`: index of the first match of `hits[i]`. */
  private readonly starts: Uint32Array;
  /** Index into `hits` of each message id's first field, for `hits[0, indexed)`. */
  private readonly firstHit = new Map<string, number>();
  private indexed = 0;
  /** True when a message id was seen in two places of `hits` (ids are not assumed unique). */
  private repeated = false;

  /** @param hits matching fields in transcript order. */
  constructor(hits: readonly FieldHit[]) {
    this.hits = hits;
    this.starts = new Uint32Array(hits.length);
    let count = 0;
    for (let i = 0; i < hits.length; i++) {
      this.starts[i] = count;
      count += hits[i]?.count ?? 0;
    }
    this.count = count;
  }

  /**
   * Indexes `hits` by message id up to the first field of `messageId` (all of them when undefined
   * or absent), and returns that field's index or -1. Built as far as asked only: the rows on
   * screen are usually near the current match, and indexing every field at once is a long task.
   */
  private indexUntil(messageId: string | undefined): number {
    const { hits } = this;
    while (this.indexed < hits.length) {
      const i = this.indexed++;
      const message = hits[i]?.message;
      // A message's fields are together in `hits`: only its first one is indexed.
      if (!message || message === hits[i - 1]?.message) continue;
      if (this.firstHit.has(message.id)) this.repeated = true;
      else this.firstHit.set(message.id, i);
      if (message.id === messageId) return i;
    }
    return -1;
  }

  /** Index into `hits` of the field with this identity, or -1. */
  private hitIndex(messageId: string, fieldKey: string): number {
    const { hits } = this;
    const first = this.firstHit.get(messageId) ?? this.indexUntil(messageId);
    for (let i = first; i >= 0 && hits[i]?.message.id === messageId; i++) {
      if (hits[i]?.field.key === fieldKey) return i;
    }
    // Not among the message's fields there; the same id may come again further on.
    this.indexUntil(undefined);
    if (!this.repeated) return -1;
    return hits.findIndex((h) => h.message.id === messageId && h.field.key === fieldKey);
  }

  /** The `index`-th match (0-based), or undefined outside `[0, count)`. */
  at(index: number): SearchMatch | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    // The last hit starting at or before index.
    let lo = 0;
    let hi = this.hits.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    const hit = this.hits[lo];
    if (!hit) return undefined;
    return {
      messageId: hit.message.id,
      fieldKey: hit.field.key,
      occurrence: index - (this.starts[lo] ?? 0),
      ...(hit.field.reveal === undefined ? {} : { reveal: hit.field.reveal }),
    };
  }

  /**
   * Index of the match with this identity, or -1. Found through the index `has` uses, built as far
   * as the match: it is asked once per result, most often for a match near the start.
   */
  indexOf(key: MatchKey): number {
    const i = this.hitIndex(key.messageId, key.fieldKey);
    const hit = this.hits[i];
    if (!hit || key.occurrence < 0 || key.occurrence >= hit.count) return -1;
    return (this.starts[i] ?? 0) + key.occurrence;
  }

  /**
   * True when `id` (a `matchId`) names a field with matches: marks outside the scope are not.
   * Only the field is checked, as before: a mark's occurrence comes from the same regex over the
   * same text, so it is within the field's count.
   */
  has(id: string): boolean {
    // `<message id>|<field key>|<occurrence>`: field keys hold no `|`, message ids might.
    const bar = id.lastIndexOf('|');
    const keyBar = bar > 0 ? id.lastIndexOf('|', bar - 1) : -1;
    if (keyBar < 0) return false;
    const occurrence = Number(id.slice(bar + 1));
    return (
      Number.isInteger(occurrence) &&
      this.hitIndex(id.slice(0, keyBar), id.slice(keyBar + 1, bar)) >= 0
    );
  }

  /** Every match, made in full: for tests and small transcripts. */
  toArray(): SearchMatch[] {
    return Array.from({ length: this.count }, (_, i) => this.at(i)).filter(
      (m): m is SearchMatch => m !== undefined,
    );
  }
}

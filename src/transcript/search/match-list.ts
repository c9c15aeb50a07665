import type { Message } from '../model.ts';
import type { SearchField } from './fields.ts';

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

/** A field of a message with at least one match, and how many (empty matches not counted). */
export interface FieldHit {
  message: Message;
  field: SearchField;
  count: number;
}

/** A match's identity without its position: what `matchId` is made of. */
export type MatchKey = Pick<SearchMatch, 'messageId' | 'fieldKey' | 'occurrence'>;

/** `<message id>|<field key>`: a field's identity, a match id without its occurrence. */
export function fieldId(messageId: string, fieldKey: string): string {
  return `${messageId}|${fieldKey}`;
}

/**
 * The matches of one search, in transcript order, held as one record per matching field rather
 * than per match: a one-letter query finds some 500,000 matches in 100,000 messages, and making
 * an object and an id for each would cost more than finding them. Matches are made on demand.
 */
export class MatchList {
  /** Number of matches. */
  readonly count: number;
  readonly hits: readonly FieldHit[];
  /** `starts[i]`: index of the first match of `hits[i]`. */
  private readonly starts: Uint32Array;
  private readonly fieldIds: ReadonlySet<string>;

  /**
   * @param hits matching fields in transcript order.
   * @param fieldIds `fieldId` of every hit, when the caller built it already (a scan builds it
   *   slice by slice); computed here otherwise.
   */
  constructor(hits: readonly FieldHit[], fieldIds?: ReadonlySet<string>) {
    this.hits = hits;
    this.starts = new Uint32Array(hits.length);
    let count = 0;
    hits.forEach((hit, i) => {
      this.starts[i] = count;
      count += hit.count;
    });
    this.count = count;
    this.fieldIds = fieldIds ?? new Set(hits.map((h) => fieldId(h.message.id, h.field.key)));
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

  /** Index of the match with this identity, or -1. Linear in the matching fields. */
  indexOf(key: MatchKey): number {
    const i = this.hits.findIndex(
      (h) => h.message.id === key.messageId && h.field.key === key.fieldKey,
    );
    const hit = this.hits[i];
    if (!hit || key.occurrence < 0 || key.occurrence >= hit.count) return -1;
    return (this.starts[i] ?? 0) + key.occurrence;
  }

  /** True when `id` (a `matchId`) is one of the matches: marks outside the scope are not. */
  has(id: string): boolean {
    const bar = id.lastIndexOf('|');
    if (bar < 0) return false;
    const occurrence = Number(id.slice(bar + 1));
    return Number.isInteger(occurrence) && this.fieldIds.has(id.slice(0, bar));
  }

  /** The `fieldId` of every matching field, for a scan that extends this one. */
  fieldIdsIterator(): Iterator<string> {
    return this.fieldIds.values();
  }

  /** Every match, made in full: for tests and small transcripts. */
  toArray(): SearchMatch[] {
    return Array.from({ length: this.count }, (_, i) => this.at(i)).filter(
      (m): m is SearchMatch => m !== undefined,
    );
  }
}

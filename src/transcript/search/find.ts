import type { Message } from '../model.ts';
import { searchFields, type SearchScope } from './fields.ts';
import { matchRanges } from './matcher.ts';

/** One match: in which message and field, the n-th there, and what to open to show it. */
export interface SearchMatch {
  messageId: string;
  /** Index of the message in the transcript. */
  messageIndex: number;
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
 * Every match of `regex` in the transcript, in transcript order, limited to `scope`.
 * Pure and synchronous; callers defer it (features/search) so typing stays fluid.
 */
export function findMatches(
  messages: readonly Message[],
  regex: RegExp,
  scope: SearchScope,
): SearchMatch[] {
  const matches: SearchMatch[] = [];
  messages.forEach((message, messageIndex) => {
    for (const field of searchFields(message)) {
      if (scope !== 'everything' && field.scope !== scope) continue;
      const ranges = matchRanges(regex, field.text);
      for (let occurrence = 0; occurrence < ranges.length; occurrence++) {
        matches.push({
          messageId: message.id,
          messageIndex,
          fieldKey: field.key,
          occurrence,
          reveal: field.reveal,
        });
      }
    }
  });
  return matches;
}

import type { Message } from '../model.ts';
import type { SearchScope } from './fields.ts';
import type { SearchMatch } from './match-list.ts';
import { startScan } from './scan.ts';

export { matchId, type SearchMatch } from './match-list.ts';

/**
 * Every match of `regex` in the transcript, in transcript order, limited to `scope`.
 * Pure and synchronous, and it makes every match: for tests and small transcripts. The find bar
 * runs the same scan in time slices instead (features/search/use-match-scan.ts).
 */
export function findMatches(
  messages: readonly Message[],
  regex: RegExp,
  scope: SearchScope,
): SearchMatch[] {
  const scan = startScan(messages, regex, scope);
  scan.step(() => false);
  return scan.result().matches.toArray();
}

import type { RedactionCounts } from './redactor.ts';

const WORDS: [keyof RedactionCounts, string, string][] = [
  ['email', 'e-mail address', 'e-mail addresses'],
  ['phone', 'phone number', 'phone numbers'],
  ['card', 'card number', 'card numbers'],
  ['identity', 'identity', 'identities'],
];

/**
 * What a redaction replaces, in words: "Will replace 3 e-mail addresses, 2 phone numbers, 1
 * card number, 1 identity", or "No personal data found". Apart from the redaction itself, so
 * the page can say it without loading that chunk's code twice.
 */
export function describeCounts(counts: RedactionCounts): string {
  const said = WORDS.filter(([kind]) => counts[kind] > 0).map(([kind, one, many]) => {
    const n = counts[kind];
    return `${n} ${n === 1 ? one : many}`;
  });
  return said.length ? `Will replace ${said.join(', ')}` : 'No personal data found';
}

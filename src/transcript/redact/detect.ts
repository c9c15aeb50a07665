import { markupView } from './markup-view.ts';
import { findCards, findEmails, findLiteral, type Span } from './patterns.ts';
import { findPhones } from './phones.ts';

/** What a piece of personal data is, in the order a span claimed by two is given to. */
export const PERSONAL_KINDS = ['identity', 'email', 'card', 'phone'] as const;

/** One of {@link PERSONAL_KINDS}. */
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** A piece of personal data found in a string. */
export interface Finding extends Span {
  kind: PersonalKind;
  /**
   * The value as compared: an e-mail address lower-cased without `*`, a phone number in E.164, a card's
   * digits, an identity as the vendor sent it. Equal keys get the same placeholder.
   */
  key: string;
}

/**
 * The e-mail addresses, phone numbers, payment card numbers and `identities` in `text`, in
 * order, none overlapping (where two overlap, the kind first in {@link PERSONAL_KINDS} wins).
 * Markdown's inline markers are looked through (markup-view.ts): `**jane**@example.com` is found
 * as one address, its span covering the markers. Identities are matched as written.
 * @param identities values of the vendor's identity fields (see {@link identityLiterals}).
 */
export function findPersonalData(text: string, identities: readonly string[] = []): Finding[] {
  if (text.length < 3) return [];
  const view = markupView(text);
  const back = <T extends Span>(s: T) => ({ start: view.start(s.start), end: view.end(s.end) });
  const emails = findEmails(view.text);
  const cards = findCards(view.text);
  // libphonenumber reads a number and a card after it as one run of digits, and finds neither.
  const phones = findPhones(masked(view.text, [...emails, ...cards]));
  const candidates: Finding[] = [
    ...identities.flatMap((value) =>
      findLiteral(text, value).map((s) => ({ ...s, kind: 'identity' as const, key: value })),
    ),
    ...emails.map((s) => ({
      ...back(s),
      kind: 'email' as const,
      // A masked address is the same whether its asterisks were escaped or read as markup.
      key: s.value.toLowerCase().replaceAll('*', ''),
    })),
    ...cards.map((s) => ({ ...back(s), kind: 'card' as const, key: s.digits })),
    ...phones.map((s) => ({ ...back(s), kind: 'phone' as const, key: s.e164 })),
  ];
  const kept: Finding[] = [];
  for (const f of candidates) {
    const i = insertionPoint(kept, f.start);
    const before = kept[i - 1];
    const after = kept[i];
    if ((!before || before.end <= f.start) && (!after || f.end <= after.start)) {
      kept.splice(i, 0, f);
    }
  }
  return kept;
}

/** `text` with `spans` (sorted, apart) blanked out by NUL characters. */
function masked(text: string, spans: readonly Span[]): string {
  if (!spans.length) return text;
  const out: string[] = [];
  let copied = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < copied) continue;
    out.push(text.slice(copied, s.start), '\u0000'.repeat(s.end - s.start));
    copied = s.end;
  }
  out.push(text.slice(copied));
  return out.join('');
}

/** Where a span starting at `start` goes in `spans`, sorted by start. */
function insertionPoint(spans: readonly Span[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The identity values to look for as they are: each distinct value of three characters or more
 * holding no e-mail address, phone number or card number. One that holds some
 * (`phone:+15551230001`, `email:jane@example.com`) is redacted by those, leaving the word before
 * them; a shorter one would match too much.
 */
export function identityLiterals(values: Iterable<string>): string[] {
  const literals = [...new Set(values)].filter(
    (value) => value.trim().length >= 3 && findPersonalData(value).length === 0,
  );
  // Longest first: of two that overlap, the longer is the one meant.
  return literals.sort((a, b) => b.length - a.length);
}

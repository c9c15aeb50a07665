/**
 * Scripts written without spaces between words: a letter of theirs next to an address is the
 * sentence around it ("请联系jane@example.com"), never part of it.
 */
const UNSPACED =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/** A letter, mark or digit of any script written with spaces. */
const LETTER = `(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}])`;
const LOCAL_CHAR = `(?:${LETTER}|[_%+*-])`;
const LABEL = `${LETTER}(?:(?:${LETTER}|-)*${LETTER})?`;

/**
 * An e-mail address as people write them (RFC 5322's dot-atom, less the symbols that are
 * rarely in one and often around one: quotes, `|`, `/`, `=`; `*` is kept for masked ones,
 * `p***@example.com`), local parts and domains in any script written with spaces, a top-level
 * domain of two letters or more.
 */
const EMAIL = new RegExp(
  `${LOCAL_CHAR}+(?:\\.${LOCAL_CHAR}+)*@(?:${LABEL}\\.)+(?:(?![${UNSPACED}])\\p{L}){2,}`,
  'uy',
);
const IN_LOCAL = new RegExp(`^(?:${LOCAL_CHAR}|\\.)$`, 'u');

/** A span of text: `start` inclusive, `end` exclusive, UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The e-mail addresses in `text`. Each `@` is looked at once, and the address around it read
 * from the run of address characters before it, so a long string costs time in proportion to
 * its length.
 */
export function findEmails(text: string): (Span & { value: string })[] {
  const found: (Span & { value: string })[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < from) continue;
    // The local part reaches back at most 64 characters (RFC 5321), and not into the address
    // before.
    const limit = Math.max(from, at - 64);
    let start = at;
    while (start > limit && IN_LOCAL.test(text.charAt(start - 1))) start--;
    // `__` sets a prefix apart, as in Twilio's session names (`email__jane@…`, vendor-notes §1.5).
    const prefix = text.lastIndexOf('__', at);
    if (prefix >= start) start = prefix + 2;
    while (text[start] === '.') start++;
    if (start === at) continue;
    EMAIL.lastIndex = start;
    const m = EMAIL.exec(text);
    if (!m) continue;
    found.push({ start, end: start + m[0].length, value: m[0] });
    from = start + m[0].length;
  }
  return found;
}

/**
 * Payment card numbers: 13 to 19 digits, alone or grouped by single spaces or dashes, starting
 * with 2 to 6 (the issuer identifiers of payment cards, ISO/IEC 7812: not 1, so a millisecond
 * time is never one), and passing the Luhn check.
 */
export function findCards(text: string): (Span & { digits: string })[] {
  const found: (Span & { digits: string })[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[2-6](?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu)) {
    const digits = m[0].replace(/\D/g, '');
    if (luhn(digits)) found.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return found;
}

/** True when `digits` pass the Luhn check (ISO/IEC 7812-1 annex B). */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Where `value` stands alone in `text`: not inside a longer word or number, so the identity
 * `ops.marta` is not found in `ops.martinez`.
 */
export function findLiteral(text: string, value: string): Span[] {
  const found: Span[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
    const end = i + value.length;
    const joined =
      (word.test(value.charAt(0)) && word.test(text.charAt(i - 1))) ||
      (word.test(value.charAt(value.length - 1)) && word.test(text.charAt(end)));
    if (joined) continue;
    found.push({ start: i, end });
    i = end - 1;
  }
  return found;
}

import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { Span } from './patterns.ts';

/**
 * A run that may hold phone numbers: digits and the separators numbers are written with,
 * perhaps after a `+` or `(`. A number with its country code has 7 digits at least; one read
 * in the US, 10.
 */
const CANDIDATE = /[+(]?\d(?:[\d \u00a0().\-\u2010-\u2015/]*\d)?/g;

/** A number libphonenumber found in a run, as far as {@link findPhones} needs it. */
interface Read {
  startsAt: number;
  endsAt: number;
  e164: string;
  valid: boolean;
}

const read = new Map<string, Read[]>();

/** libphonenumber's reading of a run, remembered: a transcript repeats its numbers. */
function numbersIn(run: string): Read[] {
  let numbers = read.get(run);
  if (!numbers) {
    if (read.size >= 10_000) read.clear();
    numbers = findPhoneNumbersInText(run, { defaultCountry: DEFAULT_REGION, extended: true }).map(
      ({ number, startsAt, endsAt }) => ({
        startsAt,
        endsAt,
        e164: number.number,
        valid: number.isValid(),
      }),
    );
    read.set(run, numbers);
  }
  return numbers;
}

/** The region a number written without its country code is read in. */
export const DEFAULT_REGION = 'US';

/**
 * The phone numbers in `text`, found by libphonenumber-js (Google's libphonenumber rules, its
 * small metadata) and kept when the number is valid for its region, in E.164 (`+13125550100`)
 * or a national format (`(312) 555-0100`, read in {@link DEFAULT_REGION}), or when it is written
 * with its country code (`+1 555 765 4321`): a number so written is meant as one even where the
 * metadata calls it unassigned, as the 555 numbers of examples are. A bare run of digits must be
 * valid, so that ids and times are not taken for numbers; a match inside a word of Latin letters
 * or digits (`CA0123456789`) is left, unless a `+` starts it.
 * @returns each number's span and its E.164 form.
 */
export function findPhones(text: string): (Span & { e164: string })[] {
  const found: (Span & { e164: string })[] = [];
  // libphonenumber is slow on long text (docs/performance.md, "Redaction"): it is given only
  // runs of digits and separators long enough to hold a number it could keep.
  for (const run of text.matchAll(CANDIDATE)) {
    const digits = run[0].replace(/\D/g, '').length;
    if (digits < (run[0].startsWith('+') ? 7 : 10)) continue;
    // The characters after the run let libphonenumber tell a time (`2025-01-14 17:00`) from a
    // number.
    const end = run.index + run[0].length;
    for (const { startsAt, endsAt, e164, valid } of numbersIn(text.slice(run.index, end + 3))) {
      const start = run.index + startsAt;
      const stop = run.index + endsAt;
      const written = text.slice(start, stop);
      if (!valid && !written.startsWith('+')) continue;
      // A leading `+` sets the number apart by itself (`whatsapp:+1…`, `messaging__+1…`).
      const before = written.startsWith('+') ? '' : text.charAt(start - 1);
      if (/[A-Za-z0-9]/.test(before + text.charAt(stop))) continue;
      found.push({ start, end: stop, e164 });
    }
  }
  return found;
}

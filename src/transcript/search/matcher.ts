import { linearRegExp } from './linear-regexp.ts';

/** How a query is read (docs/contract.md "Search"). */
export interface SearchOptions {
  caseSensitive: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/**
 * A compiled query, or why it cannot run: `error` is a sentence for the find bar ("Invalid
 * regular expression: …", "Unsupported regular expression: …").
 */
export type Matcher = { ok: true; regex: RegExp; key: string } | { ok: false; error: string };

/**
 * Regexes compiled from a literal query (whole word or not): every match is the query's text, so
 * never empty, and counting can step with `test` instead of making a match array per match.
 */
const neverEmpty = new WeakSet<RegExp>();

/**
 * For a literal one-letter (ASCII) query, the characters it matches: the first key typed finds
 * the most matches, and `indexOf` counts each far faster than a regex step. Case folding as the `iu` regex does it: a letter's two cases, and
 * also `ſ` for s and the Kelvin sign for k.
 */
const singleChars = new WeakMap<RegExp, readonly string[]>();

function foldedChars(char: string, caseSensitive: boolean): readonly string[] | undefined {
  if (char.length !== 1 || char > '\x7f') return undefined;
  const lower = char.toLowerCase();
  if (caseSensitive || lower === char.toUpperCase()) return [char];
  const extra = lower === 's' ? ['\u017f'] : lower === 'k' ? ['\u212a'] : [];
  return [lower, char.toUpperCase(), ...extra];
}

/**
 * Escapes what a regex reads as syntax. Not `-`: it is syntax only inside a class, and under the
 * `u` flag `\-` outside one is an error, which made a query such as `order-id` "invalid".
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Compiles a query into a global, Unicode-aware regular expression. Whole word uses letter and
 * number classes rather than `\b`, which only knows ASCII, so it works for Cyrillic, Arabic and
 * the rest; case-insensitive matching folds case the Unicode way. A regular expression the user
 * wrote (`options.regex`) runs on a linear-time engine (linear-regexp.ts), never the native one.
 * @returns undefined for an empty query; `{ok:false}` with what to tell the user for a pattern
 *   that is invalid, or valid but not one the linear-time engine can run (look-ahead).
 */
export function compileQuery(query: string, options: SearchOptions): Matcher | undefined {
  if (query === '') return undefined;
  const source = options.regex ? query : escapeRegExp(query);
  const bounded = options.wholeWord
    ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
    : source;
  const flags = options.caseSensitive ? 'gu' : 'giu';
  const key = `${flags}/${bounded}`;
  try {
    if (options.regex) {
      // The engine's syntax check, with its message, on the pattern as the user wrote it.
      RegExp(query, flags);
      const linear = linearRegExp(query, bounded, flags, options.wholeWord);
      return 'error' in linear
        ? { ok: false, error: `Unsupported regular expression: ${linear.error}` }
        : { ok: true, regex: linear, key };
    }
    const regex = new RegExp(bounded, flags);
    neverEmpty.add(regex);
    const chars = options.wholeWord ? undefined : foldedChars(query, options.caseSensitive);
    if (chars) singleChars.set(regex, chars);
    return { ok: true, regex, key };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Every match of `regex` in `text` as [start, end) UTF-16 offsets, in order. Empty matches
 * (a regex such as `a*`) are skipped, so they can neither loop nor flood the count.
 */
export function matchRanges(regex: RegExp, text: string): [number, number][] {
  const ranges: [number, number][] = [];
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) {
    if (m[0].length > 0) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * A function counting what `matchRanges` would return, without making the matches; chosen once
 * per regex, so a scan does not ask for every field. A literal query's regex never matches empty,
 * so it counts with `test`, which allocates nothing (a match array for each of a common letter's
 * matches would be most of the cost of a search); a one-letter query counts with `indexOf` (see `singleChars`). Other regexes
 * skip empty matches the way `matchAll` steps over them (one code point on, as they are Unicode).
 */
export function matchCounter(regex: RegExp): (text: string) => number {
  const chars = singleChars.get(regex);
  if (chars) {
    return (text) => {
      let count = 0;
      for (const char of chars) {
        for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
      }
      return count;
    };
  }
  if (neverEmpty.has(regex)) {
    return (text) => {
      let count = 0;
      regex.lastIndex = 0;
      while (regex.test(text)) count++;
      return count;
    };
  }
  return (text) => {
    let count = 0;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length > 0) count++;
      else regex.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    regex.lastIndex = 0;
    return count;
  };
}

/** How many matches `matchRanges` would return (see `matchCounter`). */
export function countMatches(regex: RegExp, text: string): number {
  return matchCounter(regex)(text);
}

/** True when `regex` matches `text` at all, without collecting the matches (cheap, for render paths). */
export function hasMatch(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

/**
 * True when every text `next` matches is also matched by `earlier`, so a search for `next` need
 * only look where `earlier` matched: both literal (not regex, not whole word, where adding a
 * letter can turn a non-word into a word) with the same case option, and `next` contains
 * `earlier`. Case-insensitive matching folds letter by letter, so containment carries over.
 */
export function narrows(
  earlier: { query: string; options: SearchOptions },
  next: { query: string; options: SearchOptions },
): boolean {
  const literal = (o: SearchOptions) => !o.regex && !o.wholeWord;
  return (
    literal(earlier.options) &&
    literal(next.options) &&
    earlier.options.caseSensitive === next.options.caseSensitive &&
    earlier.query !== '' &&
    next.query.includes(earlier.query)
  );
}

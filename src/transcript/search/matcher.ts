/** How a query is read (ui-contract.md "Search"). */
export interface SearchOptions {
  caseSensitive: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/** A compiled query, or why it could not be compiled (an invalid regular expression). */
export type Matcher = { ok: true; regex: RegExp; key: string } | { ok: false; error: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Compiles a query into a global, Unicode-aware regular expression. Whole word uses letter and
 * number classes rather than `\b`, which only knows ASCII, so it works for Cyrillic, Arabic and
 * the rest; case-insensitive matching folds case the Unicode way.
 * @returns undefined for an empty query; `{ok:false}` with the engine's message for a bad regex.
 */
export function compileQuery(query: string, options: SearchOptions): Matcher | undefined {
  if (query === '') return undefined;
  const source = options.regex ? query : escapeRegExp(query);
  const bounded = options.wholeWord
    ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
    : source;
  const flags = options.caseSensitive ? 'gu' : 'giu';
  try {
    const regex = new RegExp(bounded, flags);
    return { ok: true, regex, key: `${flags}/${bounded}` };
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

/** True when `regex` matches `text` at all, without collecting the matches (cheap, for render paths). */
export function hasMatch(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

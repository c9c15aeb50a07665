import { RE2JS, type Matcher } from 're2js';

/** A letter, number or underscore: what whole-word matching treats as part of a word. */
const WORD = '\\p{L}\\p{N}_';

/** `\k<name>`, not itself escaped: a named back-reference, which RE2 has no way to run. */
const NAMED_BACKREFERENCE = /(?:^|[^\\])(?:\\\\)*\\k</;

/** What RE2 gives up for linear time, in the words the find bar shows. */
const UNSUPPORTED =
  'look-ahead and back-references are not supported, so that no pattern can freeze the page';

/** The linear-time engine and how to read its match. */
interface Engine {
  re2: RE2JS;
  /** True when the match is group 1, the pattern between whole-word boundaries. */
  bounded: boolean;
}

/**
 * A user's regular expression that runs on RE2 (the `re2js` port) in time linear in the text,
 * so no pattern from a link or the find bar can backtrack catastrophically (`(a+)+$`) and freeze
 * the tab (docs/architecture.md "Search"). It is a `RegExp`, with the native one's `source` and
 * `flags`, so everything that takes one works; every match goes through `exec`, which RegExp's own
 * `test`, `matchAll`, `replace` and `split` call, so the native engine never runs it.
 */
export class LinearRegExp extends RegExp {
  readonly #engine: Engine;
  /** The last matcher and its text: stepping through one text reuses it (linear, not quadratic). */
  #last: { text: string; matcher: Matcher } | undefined;

  /**
   * `new LinearRegExp(other, flags)` copies one, as RegExp's own methods do (their "species");
   * else `engine` is required.
   * @throws TypeError without an engine to run on.
   */
  constructor(source: RegExp | string, flags?: string, engine?: Engine) {
    super(source, flags);
    const from = source instanceof LinearRegExp ? source.#engine : engine;
    if (!from) throw new TypeError('LinearRegExp needs its RE2 engine');
    this.#engine = from;
  }

  /** RegExp's `exec` on RE2: from `lastIndex` when global or sticky, setting it after the match. */
  override exec(text: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    if (from > text.length) {
      this.lastIndex = 0;
      return null;
    }
    const last = this.#last;
    const matcher = last && last.text === text ? last.matcher : this.#engine.re2.matcher(text);
    this.#last = { text, matcher };
    const group = this.#engine.bounded ? 1 : 0;
    if (!matcher.find(from) || (this.sticky && matcher.start(group) !== from)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    const start = matcher.start(group);
    const end = matcher.end(group);
    if (this.global || this.sticky) this.lastIndex = end;
    const found: [string] = [text.slice(start, end)];
    return Object.assign(found, { index: start, input: text, groups: undefined });
  }
}

/**
 * Compiles a user's regular expression (JavaScript syntax, already accepted by `new RegExp`
 * with `flags`) for RE2. `wholeWord` puts it between the same boundaries as the literal search:
 * no letter, number or underscore before it (a linear-time lookbehind) or after it (consumed,
 * and the match read from group 1).
 * @returns the regex, or the reason RE2 cannot run it (look-ahead, back-references).
 */
export function linearRegExp(
  query: string,
  nativeSource: string,
  flags: string,
  wholeWord: boolean,
): LinearRegExp | { error: string } {
  if (NAMED_BACKREFERENCE.test(query)) return { error: UNSUPPORTED };
  const translated = RE2JS.translateRegExp(query);
  const pattern = wholeWord ? `(?<![${WORD}])(${translated})(?:[^${WORD}]|$)` : translated;
  const caseFlag = flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0;
  try {
    const re2 = RE2JS.compile(pattern, caseFlag | RE2JS.LOOKBEHINDS);
    return new LinearRegExp(nativeSource, flags, { re2, bounded: wholeWord });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      error: /unsupported|invalid escape|lookbehind/i.test(message) ? UNSUPPORTED : message,
    };
  }
}

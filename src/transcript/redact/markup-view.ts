/**
 * A string with Markdown's inline markers taken out, so that a value the markup splits
 * (`**jane**@example.com`, `jane\_doe@example.com`) is found whole; positions map back to the
 * string as written.
 */
export interface MarkupView {
  /** The text without markers and escaping backslashes. */
  text: string;
  /** Where `text[i]` is in the original (UTF-16 units). */
  start(i: number): number;
  /** Where a span of `text` ending before `i` ends in the original. */
  end(i: number): number;
}

/** Characters a backslash escapes in CommonMark: ASCII punctuation. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const CANDIDATE = /[*_~`\\]/g;

/** True when `text[i]` starts or continues a run of emphasis, strikethrough or code markers. */
function isMarker(text: string, i: number): boolean {
  const c = text[i];
  if (c === '*' || c === '~' || c === '`') return true;
  if (c !== '_') return false;
  // `_` inside a word (`john_doe`) is no emphasis in CommonMark.
  let start = i;
  while (start > 0 && text[start - 1] === '_') start--;
  let end = i;
  while (end < text.length && text[end] === '_') end++;
  return !(WORD.test(text[start - 1] ?? '') && WORD.test(text[end] ?? ''));
}

/**
 * The text with `*`, `~`, `` ` ``, emphasis `_` and escaping backslashes removed. It is kept as
 * runs copied whole from the original (one per removed character, plus one), so a long string
 * with few markers costs little.
 */
export function markupView(text: string): MarkupView {
  // viewAt[k] and from[k]: where run k starts in the view and in the original.
  const viewAt = [0];
  const from = [0];
  const pieces: string[] = [];
  let copied = 0;
  let length = 0;
  const skip = (i: number) => {
    pieces.push(text.slice(copied, i));
    length += i - copied;
    copied = i + 1;
    viewAt.push(length);
    from.push(copied);
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const i = m.index;
    if (text[i] === '\\') {
      if (!ESCAPABLE.test(text.charAt(i + 1))) continue;
      skip(i);
      // The escaped character is text, never a marker.
      CANDIDATE.lastIndex = i + 2;
    } else if (isMarker(text, i)) skip(i);
  }
  if (copied === 0) return { text, start: (i) => i, end: (i) => i };
  pieces.push(text.slice(copied));
  const start = (i: number) => {
    let lo = 0;
    let hi = viewAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((viewAt[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return (from[lo] ?? 0) + i - (viewAt[lo] ?? 0);
  };
  return { text: pieces.join(''), start, end: (i) => (i === 0 ? 0 : start(i - 1) + 1) };
}

/**
 * The replacement for `original.slice(start, end)`: `placeholder`, with the marker runs inside
 * the span that have no partner there kept on the side where their partner is, so that
 * `**jane**@example.com` becomes `**[email 1]**` and the emphasis still closes.
 */
export function replacementFor(
  original: string,
  start: number,
  end: number,
  placeholder: string,
): string {
  const runs = [...original.slice(start, end).matchAll(/\*+|~+|`+|_+/g)]
    .map((m) => ({ run: m[0], index: start + m.index }))
    .filter(({ index }) => isMarker(original, index) && original[index - 1] !== '\\');
  const unpaired: typeof runs = [];
  for (const r of runs) {
    const partner = unpaired.findIndex((u) => u.run === r.run);
    if (partner >= 0) unpaired.splice(partner, 1);
    else unpaired.push(r);
  }
  let before = '';
  let after = '';
  for (const { run } of unpaired) {
    // An odd number of the same run before the span opened one: this run closes it.
    const earlier = original.slice(0, start).split(run).length - 1;
    if (earlier % 2 === 1) after += run;
    else before += run;
  }
  return before + placeholder + after;
}

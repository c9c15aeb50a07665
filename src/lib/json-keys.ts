const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** True for a character a JSON number token is made of: `-+.eE` and digits. */
function isNumberChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x2b ||
    code === 0x2e ||
    code === 0x65 ||
    code === 0x45
  );
}

/** What {@link scanJson} finds in a JSON text. */
export interface JsonScan {
  /** Object keys written, a key written twice counted twice. */
  keys: number;
  /** True when every number is written as JS writes the number it reads as (`1.5`, not `1.0`). */
  numbersRoundTrip: boolean;
}

/**
 * One pass over valid JSON `text`, strings skipped: the keys it writes (every string followed,
 * after whitespace, by `:`), and whether JSON.parse then JSON.stringify would write each number
 * back as it stands. A parser keeps one of two equal keys, so fewer keys held than written
 * means a duplicate (lossless-json reports only those whose values differ).
 */
export function scanJson(text: string): JsonScan {
  let keys = 0;
  let numbersRoundTrip = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) {
        i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      }
      let next = i + 1;
      while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === COLON) keys++;
    } else if (numbersRoundTrip && (code === 0x2d || (code >= 0x30 && code <= 0x39))) {
      // A number starts with `-` or a digit (the `e` of `true` is no start).
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      const token = text.slice(i, end);
      numbersRoundTrip = String(Number(token)) === token;
      i = end - 1;
    }
  }
  return { keys, numbersRoundTrip };
}

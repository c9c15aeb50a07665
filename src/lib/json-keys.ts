const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * The number of object keys written in valid JSON `text`, a key written twice counted twice:
 * every string followed (after whitespace) by `:`. A parser keeps one of two equal keys, so
 * fewer keys held than written means a duplicate (lossless-json reports only those whose
 * values differ).
 */
export function writtenKeyCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== QUOTE) continue;
    i++;
    while (i < text.length && text.charCodeAt(i) !== QUOTE) {
      i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
    }
    let next = i + 1;
    while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === COLON) count++;
  }
  return count;
}

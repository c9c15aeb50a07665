/** How much more of a large text each "Show more" renders, UTF-16 code units. */
export const LARGE_TEXT_CHUNK = 20_000;

/**
 * The first `chars` code units of `text`, one fewer when the cut would split a surrogate pair
 * (an emoji), so a slice never ends in half a character.
 */
export function textStart(text: string, chars: number): string {
  if (chars >= text.length) return text;
  const last = text.charCodeAt(chars - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? chars - 1 : chars;
  return text.slice(0, Math.max(0, end));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The size of `text` in UTF-8 bytes (what a download of it weighs; a lone surrogate as U+FFFD),
 * without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

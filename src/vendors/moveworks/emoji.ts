/** Slack-style emoji shortcodes to emoji (`point_right` → 👉), by shortcode without colons. */
export type EmojiShortcodes = ReadonlyMap<string, string>;

/**
 * A shortcode's name: lower-case letters, digits, `_`, `+` and `-`, not all digits, so that the
 * times on every page (`T22:15:03`) are never read as one.
 */
export const SHORTCODE_NAME = '[a-z0-9_+-]*[a-z_+-][a-z0-9_+-]*';

const SHORTCODE = new RegExp(`:${SHORTCODE_NAME}:`);

/** A code point drawn as text unless U+FE0F asks for emoji (❤ U+2764, # in a keycap). */
const TEXT_BY_DEFAULT = /^(?=\p{Emoji})\P{Emoji_Presentation}$/u;

/** The emoji a hex code sequence (`1F468-200D-2695`) spells, drawn as emoji. */
function emojiOf(hexcode: string): string {
  const points = hexcode.split('-').map((hex) => Number.parseInt(hex, 16));
  // emojibase's hex codes mostly leave out U+FE0F: without it ❤, ⚕ in 👨‍⚕️ or the # of a
  // keycap show as plain symbols. A skin-tone modifier after a code point asks for emoji itself.
  return points
    .map((point, i) => {
      const char = String.fromCodePoint(point);
      const next = points[i + 1];
      const asks = next === 0xfe0f || (next !== undefined && next >= 0x1f3fb && next <= 0x1f3ff);
      return TEXT_BY_DEFAULT.test(char) && !asks ? `${char}\uFE0F` : char;
    })
    .join('');
}

/** True when `value` (a page of vendor JSON) holds something that may be a shortcode. */
export function mayHaveShortcodes(value: unknown): boolean {
  return SHORTCODE.test(JSON.stringify(value) ?? '');
}

let table: Promise<EmojiShortcodes | undefined> | undefined;

/**
 * The shortcode table, loaded once on first use as its own chunk (about 48 kB): emojibase's
 * `iamcal` set, the shortcodes Slack uses and Moveworks writes (docs/vendor-notes.md §3.4).
 * Resolves undefined when the chunk cannot be loaded: shortcodes then stay as the vendor sent
 * them, still readable, and the next page tries again. Never rejects.
 */
export function loadEmojiShortcodes(): Promise<EmojiShortcodes | undefined> {
  table ??= import('emojibase-data/en/shortcodes/iamcal.json').then(
    ({ default: codes }) => {
      const byName = new Map<string, string>();
      for (const [hexcode, names] of Object.entries(codes)) {
        const emoji = emojiOf(hexcode);
        for (const name of typeof names === 'string' ? [names] : names) byName.set(name, emoji);
      }
      return byName;
    },
    () => {
      table = undefined;
      return undefined;
    },
  );
  return table;
}

import type { TextFormat } from '@/transcript/model.ts';
import { SHORTCODE_NAME, type EmojiShortcodes } from './emoji.ts';

/**
 * Code, left as written (a fence or a span); else `<https://url|label>`, `<https://url>` or
 * `<mailto:a@b|label>`, a Slack-style link; else `:name:`, an emoji shortcode
 * (docs/vendor-notes.md §3.4, "Text artifacts").
 */
const SLACK_MARKUP = new RegExp(
  [
    '(```[\\s\\S]*?```|`[^`\\n]+`)',
    '<((?:https?:\\/\\/|mailto:)[^|>\\s]+)(?:\\|([^>]*))?>',
    `:(${SHORTCODE_NAME}):`,
  ].join('|'),
  'g',
);

/**
 * How a rewrite writes a link: in the text's own format, or as its words only (`label`, for
 * citation titles and bodies shown as plain words).
 */
export type LinkStyle = TextFormat | 'label';

/** Text with Slack-style markup rewritten, and a function moving old code-point offsets to new ones. */
export interface RewrittenMarkup {
  text: string;
  mapOffset: (offset: number) => number;
}

function linkText(url: string, label: string | undefined, style: LinkStyle): string {
  const words = label || url.replace(/^mailto:/, '');
  if (style === 'label') return words;
  return style === 'plain' ? `${words} (${url})` : `[${words}](${url})`;
}

/**
 * Rewrites the Slack-style markup Moveworks' answers and citations contain (docs/vendor-notes.md
 * §3.4, "Text artifacts"): links into `style` (`[label](url)` for Markdown and CommonMark,
 * `label (url)` for plain text, `label` alone), and shortcodes found in `emoji` into emoji;
 * unknown shortcodes and everything inside code stay as written. Citation offsets count code
 * points of the raw markup, so the returned `mapOffset` moves them to the rewritten text; an
 * offset inside a rewritten piece moves to its end.
 */
export function rewriteMarkup(
  text: string,
  style: LinkStyle,
  emoji?: EmojiShortcodes,
): RewrittenMarkup {
  const edits: { start: number; end: number; length: number }[] = [];
  let out = '';
  let last = 0;
  let lastPoints = 0;
  const pattern = new RegExp(SLACK_MARKUP);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [whole, code, url, label, shortcode] = m;
    if (code !== undefined) continue;
    const replacement =
      url === undefined ? emoji?.get(shortcode ?? '') : linkText(url, label, style);
    if (replacement === undefined) {
      // `:10:30:` is no shortcode, but `:30:` after it might be: look again from the colon.
      pattern.lastIndex = m.index + whole.length - 1;
      continue;
    }
    const before = text.slice(last, m.index);
    const start = lastPoints + Array.from(before).length;
    const end = start + Array.from(whole).length;
    edits.push({ start, end, length: Array.from(replacement).length });
    out += before + replacement;
    last = m.index + whole.length;
    lastPoints = end;
  }
  if (edits.length === 0) return { text, mapOffset: (o) => o };
  out += text.slice(last);
  return {
    text: out,
    mapOffset(offset) {
      let shift = 0;
      for (const e of edits) {
        if (offset >= e.end) shift += e.length - (e.end - e.start);
        else if (offset > e.start) return e.start + shift + e.length;
        else break;
      }
      return offset + shift;
    },
  };
}

/**
 * A citation title or body as plain words: Slack links to their labels, known shortcodes to
 * emoji, bold/italic marks dropped.
 */
export function plainLabel(text: string, emoji?: EmojiShortcodes): string {
  return rewriteMarkup(text, 'label', emoji)
    .text.replace(/(\*\*|__)(.+?)\1/g, '$2')
    .trim();
}

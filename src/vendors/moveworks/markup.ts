import type { TextFormat } from '@/transcript/model.ts';

/** `<https://url|label>`, `<https://url>` and `<mailto:a@b|label>`: Slack-style links (docs/vendor-notes.md §3.4). */
const SLACK_LINK = /<((?:https?:\/\/|mailto:)[^|>\s]+)(?:\|([^>]*))?>/g;

/** Text with Slack-style links rewritten, and a function moving old code-point offsets to new ones. */
export interface RewrittenMarkup {
  text: string;
  mapOffset: (offset: number) => number;
}

/**
 * Rewrites Moveworks' Slack-style links, which its answers and citation titles contain
 * (docs/vendor-notes.md §3.4, "Text artifacts"), into the text's own format: `[label](url)` for
 * Markdown and CommonMark, `label (url)` for plain text. Citation offsets count code points of
 * the raw markup, so the returned `mapOffset` moves them to the rewritten text; an offset inside
 * a rewritten link moves to its end.
 */
export function rewriteSlackLinks(text: string, format: TextFormat): RewrittenMarkup {
  const edits: { start: number; end: number; length: number }[] = [];
  let out = '';
  let last = 0;
  let lastPoints = 0;
  for (const m of text.matchAll(SLACK_LINK)) {
    const url = m[1] ?? '';
    const label = m[2] || url.replace(/^mailto:/, '');
    const replacement = format === 'plain' ? `${label} (${url})` : `[${label}](${url})`;
    const before = text.slice(last, m.index);
    const start = lastPoints + Array.from(before).length;
    const end = start + Array.from(m[0]).length;
    edits.push({ start, end, length: Array.from(replacement).length });
    out += before + replacement;
    last = m.index + m[0].length;
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

/** A citation title or body as plain words: Slack links to their labels, bold/italic marks dropped. */
export function plainLabel(text: string): string {
  return text
    .replace(SLACK_LINK, (_, url: string, label: string | undefined) => label || url)
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .trim();
}

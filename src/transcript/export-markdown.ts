import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { safeUrl } from '@/lib/safe-url.ts';
import { partAsText } from './export.ts';
import type { Citation, Message } from './model.ts';
import { vendorTextToMdast } from './vendor-markdown.ts';

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

function source(citation: Citation): ListItem {
  const label = { type: 'text', value: citation.title ?? citation.url ?? citation.id } as const;
  const url = safeUrl(citation.url);
  return {
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: url ? [{ type: 'link', url, children: [label] }] : [label],
      },
    ],
  };
}

function section(message: Message, index: number): RootContent[] {
  const { role, author, time } = message;
  const head = heading(2, [`${index + 1}. ${role}`, author, time].filter(Boolean).join(' · '));
  const parts = message.parts.flatMap((part): RootContent[] =>
    part.kind === 'text'
      ? vendorTextToMdast(part.text, part.format, String(index + 1))
      : [{ type: 'code', value: partAsText(part) }],
  );
  const sources: RootContent[] = message.citations.length
    ? [
        { type: 'paragraph', children: [{ type: 'text', value: 'Sources:' }] },
        { type: 'list', ordered: true, spread: false, children: message.citations.map(source) },
      ]
    : [];
  return [head, ...parts, ...sources];
}

/**
 * A transcript as Markdown: a title (`#`), then one section per message headed `## n. role ·
 * author · time`, holding its text and, fenced, everything else (tool calls, results, knowledge,
 * raw parts), then the sources it cites. The document is built as one mdast tree and written by
 * mdast-util-to-markdown, so vendor text cannot forge its structure: plain text is escaped,
 * vendor Markdown stays Markdown but without raw HTML, unsafe links or headings above `###`
 * (vendor-markdown.ts), and no fence in vendor text can close the export's.
 * @param title e.g. "Telnyx AI conversation 3fa85f64-…".
 */
export function transcriptToMarkdown(title: string, messages: readonly Message[]): string {
  const tree: Root = {
    type: 'root',
    children: [heading(1, title), ...messages.flatMap(section)],
  };
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', rule: '-' });
}

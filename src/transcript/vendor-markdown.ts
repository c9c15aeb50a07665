import type {
  Heading,
  Html,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { safeUrl } from '@/lib/safe-url.ts';
import type { TextFormat } from './model.ts';

/**
 * Vendor headings two levels down, so the deepest the export's own headings go (`##`, a message)
 * stays above every heading a message holds.
 */
const DEMOTED = { 1: 3, 2: 4, 3: 5, 4: 6, 5: 6, 6: 6 } as const satisfies Record<
  Heading['depth'],
  Heading['depth']
>;

function text(value: string): Text {
  return { type: 'text', value };
}

/** Plain text as paragraphs (split at blank lines) whose lines end in hard breaks. */
export function plainToMdast(value: string): Paragraph[] {
  return value
    .split(/\r?\n[ \t]*\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => ({
      type: 'paragraph',
      children: block
        .split(/\r?\n/)
        .flatMap((line, i): PhrasingContent[] =>
          i === 0 ? [text(line)] : [{ type: 'break' }, text(line)],
        ),
    }));
}

/** One message's phrasing with raw HTML as text and only safe links and images kept as links. */
function cleanPhrasing(
  children: PhrasingContent[],
  urls: ReadonlyMap<string, string>,
  inLink: boolean,
): PhrasingContent[] {
  return children.flatMap((node): PhrasingContent[] => {
    switch (node.type) {
      case 'html':
        return [text(node.value)];
      case 'link':
        return safeUrl(node.url) && !inLink ? [node] : node.children;
      case 'linkReference': {
        const url = urls.get(node.identifier);
        return url && !inLink ? [{ type: 'link', url, children: node.children }] : node.children;
      }
      case 'image':
      case 'imageReference': {
        // Remote images load when a viewer opens the file, telling their host; a link does not.
        const url = node.type === 'image' ? safeUrl(node.url) : urls.get(node.identifier);
        const label = text(node.alt || url || 'image');
        return url && !inLink ? [{ type: 'link', url, children: [label] }] : [label];
      }
      default:
        return [node];
    }
  });
}

/** Flow content without definitions (links are resolved) and with raw HTML as a paragraph of text. */
function cleanFlow<T extends RootContent>(children: T[]): (T | Paragraph)[] {
  return children
    .filter((node) => node.type !== 'definition')
    .map((node) => (isHtml(node) ? { type: 'paragraph', children: [text(node.value)] } : node));
}

function isHtml(node: RootContent): node is Html {
  return node.type === 'html';
}

/**
 * Makes one message's parsed Markdown safe to nest under the export's own headings: raw HTML
 * becomes text, links and images only for `http:`, `https:` and `mailto:` URLs (images as links),
 * link references resolved within the message and definitions dropped (they are global to a
 * document, so one message's would capture another's), footnote labels prefixed with `scope`
 * for the same reason, and headings two levels down.
 */
function sanitize(tree: Root, scope: string): void {
  const urls = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    const url = safeUrl(node.url);
    // The first definition of a label wins (CommonMark).
    if (url && !urls.has(node.identifier)) urls.set(node.identifier, url);
  });
  visit(tree, (node: Nodes, _index, parent) => {
    const inLink = parent?.type === 'link' || parent?.type === 'linkReference';
    switch (node.type) {
      case 'root':
        node.children = cleanFlow(node.children);
        break;
      case 'blockquote':
      case 'listItem':
      case 'footnoteDefinition':
        node.children = cleanFlow(node.children);
        break;
      case 'heading':
        node.depth = DEMOTED[node.depth];
        node.children = cleanPhrasing(node.children, urls, false);
        break;
      case 'paragraph':
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'tableCell':
        node.children = cleanPhrasing(node.children, urls, inLink);
        break;
      case 'link':
      case 'linkReference':
        node.children = cleanPhrasing(node.children, urls, true);
        break;
    }
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      node.label = `${scope}-${node.label ?? node.identifier}`;
      node.identifier = `${scope}-${node.identifier}`;
    }
  });
}

/**
 * A message's text part as mdast flow content to nest in an export: plain text as text (shown
 * literally), Markdown parsed as the viewer renders it (GFM, or strict CommonMark) and then made
 * safe (see `sanitize`), so vendor text can neither pass raw HTML or a `javascript:` link on nor
 * forge the export's own headings.
 * @param scope unique per message in the export, e.g. its 1-based position.
 */
export function vendorTextToMdast(value: string, format: TextFormat, scope: string): RootContent[] {
  if (format === 'plain') return plainToMdast(value);
  const tree =
    format === 'markdown'
      ? fromMarkdown(value, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
      : fromMarkdown(value);
  sanitize(tree, scope);
  return tree.children;
}

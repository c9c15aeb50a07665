import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ReactElement } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { splitMarkers, type PlacedCitations } from '../../../transcript/citations.ts';
import type { TextFormat } from '../../../transcript/model.ts';
import { CitationMarker } from './citation-marker.tsx';
import { CodeFence } from './code-fence.tsx';
import { DeferredImage } from './deferred-image.tsx';
import { rehypeCitationMarkers } from './rehype-citation-markers.ts';
import { SafeLink } from './safe-link.tsx';
import { safeUrl } from './safe-url.ts';

const GFM = [remarkGfm];
const NONE: [] = [];
const REHYPE = [rehypeCitationMarkers];

function languageOf(node: Element | undefined): string | undefined {
  const code = node?.children.find(
    (c): c is Element => c.type === 'element' && c.tagName === 'code',
  );
  const classes = code?.properties.className;
  const lang = Array.isArray(classes)
    ? classes.find((c) => String(c).startsWith('language-'))
    : undefined;
  return lang === undefined ? undefined : String(lang).slice('language-'.length);
}

function components(placed: PlacedCitations, citationIds: readonly string[]): Components {
  return {
    a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
    img: ({ src, alt }) => (
      <DeferredImage src={typeof src === 'string' ? src : undefined} alt={alt} />
    ),
    pre: ({ node }) => (
      <CodeFence code={node ? toString(node).replace(/\n$/, '') : ''} language={languageOf(node)} />
    ),
    table: ({ children }) => (
      <div className="overflow-x-auto">
        <table>{children}</table>
      </div>
    ),
    // Citation markers arrive as <sup data-index> from rehypeCitationMarkers.
    sup: ({ node, children }) => {
      const index = node?.properties.dataIndex;
      const source = typeof index === 'number' ? placed.sourceOf[index] : undefined;
      const id = typeof index === 'number' ? citationIds[index] : undefined;
      if (!source || id === undefined) return <sup>{children}</sup>;
      return <CitationMarker citationId={id} source={source} />;
    },
  };
}

/**
 * Renders vendor text as React elements: GFM Markdown (tables, task lists, strikethrough,
 * autolinks), strict CommonMark, or plain text; citation markers already placed in `placed.text`
 * become {@link CitationMarker}s. No raw HTML is ever rendered (react-markdown shows it as text),
 * and only http(s) and mailto URLs become links or images.
 * Pure: call it once per message and keep the result (rich-text.tsx caches it).
 */
export function renderRichText(
  format: TextFormat,
  placed: PlacedCitations,
  citationIds: readonly string[],
): ReactElement {
  if (format === 'plain') return plainText(placed, citationIds);
  return Markdown({
    children: placed.text,
    remarkPlugins: format === 'markdown' ? GFM : NONE,
    rehypePlugins: REHYPE,
    urlTransform: (url) => safeUrl(url) ?? '',
    components: components(placed, citationIds),
  });
}

/** Plain text as written (whitespace kept), with its citation markers. */
function plainText(placed: PlacedCitations, citationIds: readonly string[]): ReactElement {
  return (
    <p className="whitespace-pre-wrap">
      {splitMarkers(placed.text).map((piece, i) => {
        if (typeof piece === 'string') return piece;
        const source = placed.sourceOf[piece];
        const id = citationIds[piece];
        return source && id !== undefined ? (
          <CitationMarker key={i} citationId={id} source={source} />
        ) : null;
      })}
    </p>
  );
}

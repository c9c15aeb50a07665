import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ReactElement } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { splitMarkers, type PlacedCitations } from '@/transcript/citations.ts';
import type { TextFormat } from '@/transcript/model.ts';
import { CitationMarker } from './citation-marker.tsx';
import { CodeFence } from './code-fence.tsx';
import { DeferredImage } from './deferred-image.tsx';
import { rehypeCitationMarkers } from './rehype-citation-markers.ts';
import { rehypeSearchMarks, type SearchMarking } from './rehype-search-marks.ts';
import { SearchMark } from '../find/search-mark.tsx';
import { splitByMatches } from '../find/split-by-matches.tsx';
import { SafeLink } from './safe-link.tsx';
import { safeUrl } from '@/lib/safe-url.ts';

const GFM = [remarkGfm];
const NONE: [] = [];

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

function hasMark(node: Element | undefined): boolean {
  return (node?.children ?? []).some(
    (c) => c.type === 'element' && (c.tagName === 'mark' || hasMark(c)),
  );
}

function components(placed: PlacedCitations, citationIds: readonly string[]): Components {
  return {
    a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
    img: ({ src, alt }) => (
      <DeferredImage src={typeof src === 'string' ? src : undefined} alt={alt} />
    ),
    pre: ({ node, children }) => (
      <CodeFence
        code={node ? toString(node).replace(/\n$/, '') : ''}
        language={languageOf(node)}
        // With search marks inside, show them rather than highlighting.
        marked={hasMark(node) ? children : undefined}
      />
    ),
    mark: ({ node, children }) => {
      const id = node?.properties.dataMatchId;
      return typeof id === 'string' ? (
        <SearchMark id={id}>{children}</SearchMark>
      ) : (
        <mark>{children}</mark>
      );
    },
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
 * `search`, when given, wraps its matches in SearchMarks.
 * Pure: call it once per message and search, and keep the result (rich-text.tsx caches it).
 */
export function renderRichText(
  format: TextFormat,
  placed: PlacedCitations,
  citationIds: readonly string[],
  search?: SearchMarking,
): ReactElement {
  if (format === 'plain') return plainText(placed, citationIds, search);
  return Markdown({
    children: placed.text,
    remarkPlugins: format === 'markdown' ? GFM : NONE,
    rehypePlugins: search
      ? [rehypeCitationMarkers, rehypeSearchMarks(search)]
      : [rehypeCitationMarkers],
    urlTransform: (url) => safeUrl(url) ?? '',
    components: components(placed, citationIds),
  });
}

/** Plain text as written (whitespace kept), with its citation markers and search marks. */
function plainText(
  placed: PlacedCitations,
  citationIds: readonly string[],
  search?: SearchMarking,
): ReactElement {
  const split = splitByMatches(search);
  return (
    <p className="whitespace-pre-wrap">
      {splitMarkers(placed.text).map((piece, i) => {
        if (typeof piece === 'string') return split(piece, i);
        const source = placed.sourceOf[piece];
        const id = citationIds[piece];
        return source && id !== undefined ? (
          <CitationMarker key={i} citationId={id} source={source} />
        ) : null;
      })}
    </p>
  );
}

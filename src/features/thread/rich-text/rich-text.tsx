import type { ReactElement } from 'react';
import { placeCitations, type PlacedCitations } from '@/transcript/citations.ts';
import type { Citation, TextFormat } from '@/transcript/model.ts';
import { hasMatch } from '@/transcript/search/matcher.ts';
import { useSearchHighlight } from '../find/search-context.ts';
import { renderRichText } from './markdown.tsx';

/**
 * Rendered text by message and content, most recently used last: parsing Markdown is most of a
 * row's cost, and a row that scrolls back into view should not pay it again. Bounded to a few
 * screens of rows, so a long drag's heap levels off (docs/performance.md, "Rows").
 */
const cache = new Map<string, ReactElement>();
const CACHE_LIMIT = 600;
const CLASS = 'rich-text min-w-0 break-words';

/**
 * A message's text as rich text, parsed once and then reused whenever its row mounts again
 * (a drag through a long transcript remounts a screen of rows every frame).
 * @param cacheKey identifies the message and part, e.g. `<message id>#<part index>`.
 */
export function RichText({
  cacheKey,
  text,
  format,
  citations,
  placed,
  messageId,
  fieldKey,
}: {
  cacheKey: string;
  text: string;
  format: TextFormat;
  citations: readonly Citation[];
  /** `text` with `citations` placed, when the caller has it already. */
  placed?: PlacedCitations;
  /** The message and search field this text is, for numbering search marks. */
  messageId: string;
  fieldKey: string;
}) {
  const { regex, key: searchKey } = useSearchHighlight();
  // Only texts the search matches get a render of their own; the rest reuse the plain one.
  const search = regex && hasMatch(regex, text) ? { regex, messageId, fieldKey } : undefined;
  const key = `${cacheKey}\u0000${format}\u0000${search ? searchKey : ''}\u0000${text}`;
  let element = cache.get(key);
  if (element) {
    cache.delete(key);
    cache.set(key, element);
  } else {
    element = renderRichText(
      format,
      placed ?? placeCitations(text, citations),
      citations.map((c) => c.id),
      search,
    );
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, element);
  }
  return <div className={CLASS}>{element}</div>;
}

import type { ReactNode } from 'react';
import { matchId } from '../../transcript/search/find.ts';
import { matchRanges } from '../../transcript/search/matcher.ts';
import { useSearchHighlight } from './search-context.ts';
import { SearchMark } from './search-mark.tsx';

/**
 * Plain text with the active search's matches wrapped in {@link SearchMark}s, numbered the way
 * `findMatches` numbers them in the same field, so the current match can be found in the page.
 */
export function MarkedText({
  messageId,
  fieldKey,
  text,
}: {
  messageId: string;
  fieldKey: string;
  text: string;
}) {
  const { regex } = useSearchHighlight();
  if (!regex) return text;
  const ranges = matchRanges(regex, text);
  if (ranges.length === 0) return text;
  const out: ReactNode[] = [];
  let last = 0;
  ranges.forEach(([start, end], occurrence) => {
    if (start > last) out.push(text.slice(last, start));
    const id = matchId({ messageId, fieldKey, occurrence });
    out.push(
      <SearchMark key={id} id={id}>
        {text.slice(start, end)}
      </SearchMark>,
    );
    last = end;
  });
  if (last < text.length) out.push(text.slice(last));
  return out;
}

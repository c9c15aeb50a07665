import { Fragment, type ReactNode } from 'react';
import { matchId } from '@/transcript/search/find.ts';
import { matchRanges } from '@/transcript/search/matcher.ts';
import { SearchMark } from './search-mark.tsx';
import type { SearchMarking } from '../rich-text/rehype-search-marks.ts';

/**
 * A splitter for the pieces of one plain text: each call marks the matches in its piece,
 * numbering occurrences on from the previous piece, as the search numbers them in the field.
 */
export function splitByMatches(
  search: SearchMarking | undefined,
): (text: string, key: number) => ReactNode {
  let occurrence = 0;
  return (text, key) => {
    if (!search) return text;
    const ranges = matchRanges(search.regex, text);
    if (ranges.length === 0) return text;
    const out: ReactNode[] = [];
    let last = 0;
    for (const [start, end] of ranges) {
      if (start > last) out.push(text.slice(last, start));
      const id = matchId({
        messageId: search.messageId,
        fieldKey: search.fieldKey,
        occurrence: occurrence++,
      });
      out.push(
        <SearchMark key={id} id={id}>
          {text.slice(start, end)}
        </SearchMark>,
      );
      last = end;
    }
    if (last < text.length) out.push(text.slice(last));
    return <Fragment key={key}>{out}</Fragment>;
  };
}

import { useSearchHighlight } from './search-context.ts';
import { splitByMatches } from './split-by-matches.tsx';

/**
 * Plain text with the active search's matches wrapped in SearchMarks, numbered the way
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
  return splitByMatches(regex && { regex, messageId, fieldKey })(text, 0);
}

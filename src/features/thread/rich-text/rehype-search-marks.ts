import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { matchId } from '@/transcript/search/find.ts';
import { matchRanges } from '@/transcript/search/matcher.ts';

/** What to mark and how to name the marks: the field's message and key (transcript/search). */
export interface SearchMarking {
  regex: RegExp;
  messageId: string;
  fieldKey: string;
}

/**
 * A rehype plugin wrapping search matches in `<mark data-match-id>` elements, numbered in
 * document order; markdown.tsx renders them as SearchMarks. A match split across formatting
 * (`order **42**`) is counted by the search but cannot be marked here; the thread then scrolls to
 * its message instead.
 */
export function rehypeSearchMarks(marking: SearchMarking) {
  return () => (tree: Root) => {
    let occurrence = 0;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const ranges = matchRanges(marking.regex, node.value);
      if (ranges.length === 0) return;
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const [start, end] of ranges) {
        if (start > last) pieces.push({ type: 'text', value: node.value.slice(last, start) });
        const id = matchId({
          messageId: marking.messageId,
          fieldKey: marking.fieldKey,
          occurrence: occurrence++,
        });
        pieces.push({
          type: 'element',
          tagName: 'mark',
          properties: { dataMatchId: id },
          children: [{ type: 'text', value: node.value.slice(start, end) }],
        });
        last = end;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

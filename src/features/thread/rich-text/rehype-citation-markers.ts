import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { splitMarkers } from '@/transcript/citations.ts';

/** The element a marker becomes: a `sup` with `data-index`, which markdown.tsx renders as a citation. */
const MARKER_TAG = 'sup';

/**
 * A rehype plugin turning citation markers (transcript/citations.ts) inside text into
 * `<sup data-index="i">` elements, wherever Markdown put the text: paragraphs, list items,
 * table cells, emphasis.
 */
export function rehypeCitationMarkers() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const pieces = splitMarkers(node.value);
      if (pieces.length === 1 && typeof pieces[0] === 'string') return;
      const replacement: ElementContent[] = pieces.map((p): ElementContent => {
        if (typeof p === 'string') return { type: 'text', value: p };
        const marker: Element = {
          type: 'element',
          tagName: MARKER_TAG,
          properties: { dataIndex: p },
          children: [],
        };
        return marker;
      });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

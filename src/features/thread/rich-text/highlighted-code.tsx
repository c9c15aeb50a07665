import type { Element, ElementContent, Root } from 'hast';
import { useEffect, useRef } from 'react';
import { whenIdle } from '@/lib/when-idle.ts';
import { onDemandLowlight } from './grammars.ts';

const { lowlight, ensure } = onDemandLowlight();

/** One highlighted token: [start, end) UTF-16 offsets into the code, and its highlight.js class. */
type Token = [start: number, end: number, name: string];

/** Tokens by language and code, most recently used last. */
const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 300;
/** Colours come at the latest this long after the block shows, however busy the page, ms. */
const COLOUR_WITHIN_MS = 1000;

function tokensOf(tree: Root | Element, offset: number, out: Token[]): number {
  const children: readonly (ElementContent | Root['children'][number])[] = tree.children;
  for (const node of children) {
    if (node.type === 'text') {
      offset += node.value.length;
    } else if (node.type === 'element') {
      const start = offset;
      offset = tokensOf(node, offset, out);
      const name = node.properties.className;
      const first = Array.isArray(name) ? String(name[0] ?? '') : '';
      if (first.startsWith('hljs-')) out.push([start, offset, first]);
    }
  }
  return offset;
}

function tokenize(code: string, language: string): Token[] {
  const key = `${language}\u0000${code}`;
  const known = cache.get(key);
  if (known) {
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const tokens: Token[] = [];
  if (ensure(language)) tokensOf(lowlight.highlight(language, code), 0, tokens);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, tokens);
  return tokens;
}

/** The page's highlight registry, where the browser has the CSS Custom Highlight API. */
function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

/**
 * Code syntax-highlighted by lowlight (highlight.js grammars, common languages, each registered
 * when first needed: grammars.ts) without adding elements: each token becomes a `Range` in a CSS
 * Custom Highlight named after its highlight.js class (`::highlight(hljs-string)` in index.css),
 * so a code block stays one text node however many tokens it has (rows of a long transcript are
 * counted in elements). The colours come when the browser is idle, on the same text, so nothing
 * moves; tokens are cached. Browsers without the API show the code plain. Default export for
 * `React.lazy`.
 */
export default function HighlightedCode({ code, language }: { code: string; language: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const highlights = registry();
    if (!highlights) return;
    const added: [Highlight, Range][] = [];
    const cancel = whenIdle(() => {
      const text = ref.current?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return;
      for (const [start, end, name] of tokenize(code, language)) {
        if (end > code.length) continue;
        let highlight = highlights.get(name);
        if (!highlight) {
          highlight = new Highlight();
          highlights.set(name, highlight);
        }
        const range = new Range();
        range.setStart(text, start);
        range.setEnd(text, end);
        highlight.add(range);
        added.push([highlight, range]);
      }
    }, COLOUR_WITHIN_MS);
    return () => {
      cancel();
      // Ranges keep their nodes alive: a row that scrolls away takes its ranges with it.
      for (const [highlight, range] of added) highlight.delete(range);
    };
  }, [code, language]);
  return <code ref={ref}>{code}</code>;
}

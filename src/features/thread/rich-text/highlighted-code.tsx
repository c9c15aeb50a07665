import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { common, createLowlight } from 'lowlight';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const lowlight = createLowlight(common);
const cache = new Map<string, ReactElement>();
const CACHE_LIMIT = 500;

function highlight(code: string, language: string): ReactElement {
  if (!lowlight.registered(language)) return jsx('span', { children: code });
  return toJsxRuntime(lowlight.highlight(language, code), { Fragment, jsx, jsxs });
}

/**
 * Code highlighted by lowlight (highlight.js grammars, common languages) into React elements:
 * a syntax tree, never an HTML string. Results are cached, so scrolling back costs nothing.
 * An unknown language is shown plain. Default export for `React.lazy`.
 */
export default function HighlightedCode({ code, language }: { code: string; language: string }) {
  const key = `${language}\u0000${code}`;
  const element = cache.get(key) ?? highlight(code, language);
  if (!cache.has(key)) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, element);
  }
  return <code>{element}</code>;
}

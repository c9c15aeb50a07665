import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { common, createLowlight } from 'lowlight';
import { useEffect, useState, type ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const lowlight = createLowlight(common);
/** Highlighted code by language and text, most recently used last. */
const cache = new Map<string, ReactElement>();
const CACHE_LIMIT = 300;

function highlight(code: string, language: string): ReactElement {
  if (!lowlight.registered(language)) return jsx('span', { children: code });
  return toJsxRuntime(lowlight.highlight(language, code), { Fragment, jsx, jsxs });
}

function cached(key: string): ReactElement | undefined {
  const element = cache.get(key);
  if (element) {
    cache.delete(key);
    cache.set(key, element);
  }
  return element;
}

const whenIdle: (run: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const id = requestIdleCallback(run, { timeout: 1000 });
        return () => cancelIdleCallback(id);
      }
    : (run) => {
        const id = setTimeout(run, 50);
        return () => clearTimeout(id);
      };

/**
 * Code highlighted by lowlight (highlight.js grammars, common languages) into React elements:
 * a syntax tree, never an HTML string. The plain code shows first and the colours come when the
 * browser is idle (the same text, so nothing moves): a drag through a long transcript mounts new
 * code blocks every frame, and highlighting each at once would drop frames. Results are cached
 * (least recently used dropped first), so scrolling back costs nothing. An unknown language is
 * shown plain. Default export for `React.lazy`.
 */
export default function HighlightedCode({ code, language }: { code: string; language: string }) {
  const key = `${language}\u0000${code}`;
  const [element, setElement] = useState(() => cached(key));
  const shown = element ?? cached(key);
  useEffect(() => {
    if (shown) return;
    return whenIdle(() => {
      const done = highlight(code, language);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, done);
      setElement(done);
    });
  }, [shown, key, code, language]);
  return <code>{shown ?? code}</code>;
}

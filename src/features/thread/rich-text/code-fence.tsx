import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

// The highlighter and its grammars are a chunk of their own, fetched the first time code shows.
const HighlightedCode = lazy(() => import('./highlighted-code.tsx'));

/**
 * A fenced code block: plain at once, then syntax-highlighted when the highlighter has loaded
 * (only for a named language it knows; guessing a language costs too much on long transcripts),
 * and plain for good when the highlighter's chunk cannot be downloaded.
 */
export function CodeFence({
  code,
  language,
  marked,
}: {
  code: string;
  language: string | undefined;
  /** The code with search marks, shown instead of highlighting while a search marks it. */
  marked?: ReactNode;
}) {
  const plain = marked ?? <code>{code}</code>;
  // The language label is drawn from data-language by CSS (index.css): no element of its own.
  return (
    <pre
      data-language={language}
      className="hljs relative overflow-x-auto rounded-lg bg-slate-900 p-3 font-mono text-[0.8rem] leading-relaxed text-slate-100"
    >
      {language && marked === undefined ? (
        // Colours are a nicety: if their chunk cannot be downloaded, the code stays plain.
        <ErrorBoundary fallback={plain}>
          <Suspense fallback={plain}>
            <HighlightedCode code={code} language={language} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        plain
      )}
    </pre>
  );
}

import { lazy, Suspense } from 'react';

// The highlighter and its grammars are a chunk of their own, fetched the first time code shows.
const HighlightedCode = lazy(() => import('./highlighted-code.tsx'));

/**
 * A fenced code block: plain at once, then syntax-highlighted when the highlighter has loaded
 * (only for a named language it knows; guessing a language costs too much on long transcripts).
 */
export function CodeFence({ code, language }: { code: string; language: string | undefined }) {
  const plain = <code>{code}</code>;
  return (
    <div className="group/code relative">
      {language && (
        <span className="absolute top-1 right-2 text-[0.65rem] tracking-wide text-slate-400 uppercase">
          {language}
        </span>
      )}
      <pre className="hljs overflow-x-auto rounded-lg bg-slate-900 p-3 font-mono text-[0.8rem] leading-relaxed text-slate-100">
        {language ? (
          <Suspense fallback={plain}>
            <HighlightedCode code={code} language={language} />
          </Suspense>
        ) : (
          plain
        )}
      </pre>
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { prettyJson } from '@/lib/pretty-json.ts';

/**
 * Shows `text` pretty-printed (2-space JSON) when it is JSON, else verbatim, with a warning when
 * `expectJson` says it should have been JSON. Longer than `foldLines` lines, it opens folded.
 */
export function CodeBlock({
  text,
  expectJson = false,
  foldLines = Number.POSITIVE_INFINITY,
  renderText = (t) => t,
}: {
  text: string;
  expectJson?: boolean;
  foldLines?: number;
  /** Renders the shown text, e.g. with search matches marked; plain by default. */
  renderText?: (shown: string) => ReactNode;
}) {
  const [unfolded, setUnfolded] = useState(false);
  const pretty = prettyJson(text);
  const shown = pretty ?? text;
  const lines = shown.split('\n');
  const folded = !unfolded && lines.length > foldLines;
  return (
    <div>
      {pretty === undefined && expectJson && text.trim() !== '' && (
        <p className="mb-1 text-xs text-rose-700 dark:text-rose-300">
          Not valid JSON: shown as sent.
        </p>
      )}
      <pre className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-2 font-mono text-xs break-words whitespace-pre-wrap text-slate-100">
        {shown === ''
          ? '(empty)'
          : renderText(folded ? lines.slice(0, foldLines).join('\n') : shown)}
      </pre>
      {lines.length > foldLines && (
        <button
          type="button"
          onClick={() => setUnfolded(!unfolded)}
          className="mt-1 text-xs underline"
        >
          {folded ? `Show all ${lines.length} lines` : 'Show less'}
        </button>
      )}
    </div>
  );
}

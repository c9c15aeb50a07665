import { useMemo, useState, type ReactNode } from 'react';
import { LARGE_TEXT, showJson } from '@/lib/pretty-json.ts';
import { LargeText } from './large-text.tsx';

/**
 * Shows `text` pretty-printed (2-space JSON, every value as written) when it is JSON, else
 * verbatim, with a warning when `expectJson` says it should have been JSON, and a note when a
 * duplicate key kept it as sent. Longer than `foldLines` lines, it opens folded; over
 * `LARGE_TEXT` characters it is a {@link LargeText}, never parsed while the page renders.
 */
export function CodeBlock({
  text,
  expectJson = false,
  foldLines = Number.POSITIVE_INFINITY,
  label = 'Text',
  renderText = (t) => t,
}: {
  text: string;
  expectJson?: boolean;
  foldLines?: number;
  /** What the text is ("Tool result"), for a large text's size line and download. */
  label?: string;
  /** Renders the shown text, e.g. with search matches marked; plain by default. */
  renderText?: (shown: string) => ReactNode;
}) {
  if (text.length > LARGE_TEXT) {
    const filename = `${label.toLowerCase().replace(/\W+/g, '-')}.txt`;
    return <LargeText text={text} label={label} filename={filename} renderText={renderText} />;
  }
  return (
    <SmallCodeBlock
      text={text}
      expectJson={expectJson}
      foldLines={foldLines}
      renderText={renderText}
    />
  );
}

function SmallCodeBlock({
  text,
  expectJson,
  foldLines,
  renderText,
}: {
  text: string;
  expectJson: boolean;
  foldLines: number;
  renderText: (shown: string) => ReactNode;
}) {
  const [unfolded, setUnfolded] = useState(false);
  const json = useMemo(() => showJson(text), [text]);
  const shown = json.text;
  const lines = shown.split('\n');
  const folded = !unfolded && lines.length > foldLines;
  return (
    <div>
      {json.note ? (
        <p className="mb-1 text-xs text-amber-800 dark:text-amber-300">{json.note}</p>
      ) : (
        !json.pretty &&
        expectJson &&
        text.trim() !== '' && (
          <p className="mb-1 text-xs text-rose-700 dark:text-rose-300">
            Not valid JSON: shown as sent.
          </p>
        )
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

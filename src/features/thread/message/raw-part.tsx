import { useMemo } from 'react';
import { LargeText } from '@/components/large-text.tsx';
import { LARGE_TEXT } from '@/lib/pretty-json.ts';

/**
 * A part no adapter understood: the note, and the payload as formatted JSON (never dropped);
 * folded, as a LargeText, when the JSON is too long to render at once.
 */
export function RawPart({ note, value }: { note: string; value: unknown }) {
  const text = useMemo(() => JSON.stringify(value, null, 2) ?? String(value), [value]);
  return (
    <div className="text-sm">
      <p className="mb-1 text-xs font-medium text-rose-700 dark:text-rose-300">{note}</p>
      {text.length > LARGE_TEXT ? (
        <LargeText text={text} label="Payload" filename="payload.json" />
      ) : (
        <pre className="max-h-72 overflow-auto rounded bg-slate-900/90 p-2 font-mono text-xs whitespace-pre-wrap text-slate-100">
          {text}
        </pre>
      )}
    </div>
  );
}

/** A part no adapter understood: the note, and the payload as formatted JSON (never dropped). */
export function RawPart({ note, value }: { note: string; value: unknown }) {
  return (
    <div className="text-sm">
      <p className="mb-1 text-xs font-medium text-rose-700 dark:text-rose-300">{note}</p>
      <pre className="max-h-72 overflow-auto rounded bg-slate-900/90 p-2 font-mono text-xs whitespace-pre-wrap text-slate-100">
        {JSON.stringify(value, null, 2) ?? String(value)}
      </pre>
    </div>
  );
}

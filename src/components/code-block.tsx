/**
 * Pretty-prints `text` when it is JSON (2-space indent), else shows it verbatim with a note
 * when `expectJson` says it should have been JSON.
 */
export function CodeBlock({ text, expectJson = false }: { text: string; expectJson?: boolean }) {
  let shown = text;
  let invalid = false;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    invalid = expectJson && text.trim() !== '';
  }
  return (
    <div>
      {invalid && (
        <p className="mb-1 text-xs text-rose-700 dark:text-rose-300">
          Not valid JSON: shown as sent.
        </p>
      )}
      <pre className="max-h-96 overflow-auto rounded bg-slate-900/90 p-2 font-mono text-xs break-words whitespace-pre-wrap text-slate-100">
        {shown || '(empty)'}
      </pre>
    </div>
  );
}

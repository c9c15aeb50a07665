import { useMemo, useState, type ReactNode } from 'react';
import { downloadText } from '@/lib/download.ts';
import { formatBytes, formatCount } from '@/lib/format.ts';
import { LARGE_TEXT_CHUNK, textStart, utf8Length } from '@/lib/large-text.ts';

/**
 * A text too large to render at once (over lib/pretty-json.ts `LARGE_TEXT`), exactly as sent:
 * folded, only its size, "Show the start" and "Download"; shown, its first slice, each "Show
 * more" rendering one slice more. Nothing is parsed or pretty-printed, so opening a 10 MB tool
 * result costs what one slice costs. Unfolded state is the caller's when it passes `open`.
 */
export function LargeText({
  text,
  label,
  filename,
  open,
  onToggle,
  renderText = (t) => t,
}: {
  text: string;
  /** What the text is, e.g. "Tool result": names the size line and the download. */
  label: string;
  /** The download's file name. */
  filename: string;
  open?: boolean;
  onToggle?: () => void;
  /** Renders the shown slice, e.g. with search matches marked; plain by default. */
  renderText?: (shown: string) => ReactNode;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [chars, setChars] = useState(LARGE_TEXT_CHUNK);
  const bytes = useMemo(() => utf8Length(text), [text]);
  const unfolded = open ?? ownOpen;
  const shown = unfolded ? textStart(text, chars) : '';
  const toggle = onToggle ?? (() => setOwnOpen(!ownOpen));
  return (
    <div className="text-xs">
      <p className="flex flex-wrap items-center gap-2">
        <span>
          {label}: <span className="font-semibold">{formatBytes(bytes)}</span>, too large to show at
          once.
        </span>
        <button type="button" aria-expanded={unfolded} onClick={toggle} className="underline">
          {unfolded ? 'Hide' : 'Show the start'}
        </button>
        <button
          type="button"
          onClick={() => downloadText(filename, text, 'text/plain;charset=utf-8')}
          className="underline"
        >
          Download
        </button>
      </p>
      {unfolded && (
        <>
          <pre className="mt-1 max-h-[32rem] overflow-auto rounded bg-slate-900 p-2 font-mono break-words whitespace-pre-wrap text-slate-100">
            {renderText(shown)}
          </pre>
          {shown.length < text.length && (
            <p className="mt-1 flex gap-2">
              <span>
                The first {formatCount(shown.length)} of {formatCount(text.length)} characters, as
                sent.
              </span>
              <button
                type="button"
                onClick={() => setChars(chars + LARGE_TEXT_CHUNK)}
                className="underline"
              >
                Show more
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

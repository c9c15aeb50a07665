import { useId } from 'react';
import { formatBytes } from '@/lib/format.ts';
import type { FileProgress } from '@/transcript-loading/open-file.ts';

/**
 * The file input named "Open a file" (docs/contract.md, "Files") in a zone that says a file can
 * be dropped or pasted too (the page takes those: open-file-page.tsx), and how far reading one
 * has got. `compact` for the strip above an opened transcript.
 */
export function FilePicker({
  onFile,
  reading,
  dragging,
  compact,
}: {
  onFile: (file: File) => void;
  reading: { name: string; progress: FileProgress } | undefined;
  /** True while a file is dragged over the page. */
  dragging: boolean;
  compact: boolean;
}) {
  const id = useId();
  const zone = dragging
    ? 'border-blue-500 bg-blue-50 dark:bg-blue-950/50'
    : 'border-slate-300 dark:border-slate-700';
  return (
    <div
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border-2 border-dashed ${zone} ${compact ? 'px-3 py-1.5 text-xs' : 'mt-6 p-6 text-sm'}`}
    >
      <label htmlFor={id} className="font-medium">
        Open a file
      </label>
      <input
        id={id}
        type="file"
        accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
        className="text-sm file:mr-3 file:rounded file:border-0 file:bg-blue-700 file:px-3 file:py-1 file:text-white hover:file:bg-blue-800"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          // The same file chosen again (changed on disk) is read again.
          e.target.value = '';
        }}
      />
      <span className="text-slate-600 dark:text-slate-400">
        or drop it here, or paste its text (Ctrl+V, ⌘V)
      </span>
      {reading && <ReadProgress {...reading} />}
    </div>
  );
}

/** Reading a file: a progress bar named "Reading file", bytes read of the size, then checking. */
function ReadProgress({ name, progress }: { name: string; progress: FileProgress }) {
  const { read, size, checking } = progress;
  const text = checking
    ? `Checking ${name}…`
    : `Reading ${name}: ${formatBytes(read)} of ${formatBytes(size)}`;
  return (
    <div className="flex items-center gap-3 text-xs text-slate-600 dark:text-slate-400">
      <div
        role="progressbar"
        aria-label="Reading file"
        aria-valuemin={0}
        aria-valuemax={size}
        aria-valuenow={checking ? undefined : read}
        aria-valuetext={text}
        className="relative h-1.5 w-40 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`absolute inset-y-0 left-0 rounded-full bg-blue-600 ${checking ? 'w-full animate-pulse' : ''}`}
          style={checking ? undefined : { width: `${size ? (read / size) * 100 : 0}%` }}
        />
      </div>
      <span>{text}</span>
    </div>
  );
}

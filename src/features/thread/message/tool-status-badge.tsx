import type { ToolStatus } from '@/transcript/tool-status.ts';

const STYLES: Record<ToolStatus['state'], string> = {
  succeeded: 'bg-emerald-700 text-white',
  failed: 'bg-rose-600 text-white',
  'no result': 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
};

/** A tool call's status as a small badge: succeeded, failed or no result. */
export function ToolStatusBadge({ status }: { status: ToolStatus }) {
  return (
    <span className={`ml-auto shrink-0 rounded px-1.5 py-0.5 text-xs ${STYLES[status.state]}`}>
      {status.state}
    </span>
  );
}

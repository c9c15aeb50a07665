import { formatCount } from '@/lib/format.ts';
/**
 * Progress of a transcript still loading (docs/contract.md "Loading"): role `progressbar` named
 * "Loading messages", `aria-valuenow` = messages loaded, `aria-valuemax` = the total when known.
 * Without a total the bar is indeterminate.
 */
export function LoadProgress({ loaded, total }: { loaded: number; total: number | undefined }) {
  const share = total ? Math.min(1, loaded / total) : undefined;
  const label = total
    ? `${formatCount(loaded)} of ${formatCount(total)} messages`
    : `${formatCount(loaded)} messages so far`;
  return (
    <div className="flex items-center gap-3 text-xs text-slate-600 dark:text-slate-400">
      <div
        role="progressbar"
        aria-label="Loading messages"
        aria-valuemin={0}
        aria-valuenow={loaded}
        aria-valuemax={total}
        aria-valuetext={label}
        className="relative h-1.5 w-40 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`absolute inset-y-0 left-0 rounded-full bg-blue-600 ${share === undefined ? 'w-1/3 animate-pulse' : ''}`}
          style={share === undefined ? undefined : { width: `${share * 100}%` }}
        />
      </div>
      <span>{label}</span>
    </div>
  );
}

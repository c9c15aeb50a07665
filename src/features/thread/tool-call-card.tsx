import { CodeBlock } from '../../components/code-block.tsx';
import type { ToolCall } from '../../transcript/model.ts';
import type { ToolPair } from '../../transcript/tool-pairing.ts';

function statusOf(pair: ToolPair | undefined): { label: string; className: string } {
  if (!pair?.result)
    return {
      label: 'no result',
      className: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
    };
  if (pair.result.failed) return { label: 'failed', className: 'bg-rose-600 text-white' };
  return { label: 'succeeded', className: 'bg-emerald-600 text-white' };
}

/**
 * One tool call (ui-contract.md "Tool call"): a button named after the tool with `aria-expanded`
 * and `data-tool-call-id`; expanded, the arguments pretty-printed and the paired result.
 */
export function ToolCallCard({
  call,
  pair,
  expanded,
  onToggle,
}: {
  call: ToolCall;
  pair: ToolPair | undefined;
  expanded: boolean;
  onToggle: () => void;
}) {
  const status = statusOf(pair);
  return (
    <div className="rounded-lg border border-current/15 bg-black/5 text-sm dark:bg-white/5">
      <button
        type="button"
        aria-expanded={expanded}
        data-tool-call-id={call.id ?? ''}
        onClick={onToggle}
        className="flex w-full items-center gap-2 px-3 py-1.5 text-left"
      >
        <span aria-hidden>{expanded ? '▾' : '▸'}</span>
        <span>
          Tool call <code className="font-semibold">{call.name}</code>
        </span>
        <span className={`ml-auto rounded px-1.5 py-0.5 text-xs ${status.className}`}>
          {status.label}
        </span>
      </button>
      {expanded && (
        <div className="space-y-2 px-3 pb-3">
          <div>
            <p className="text-xs font-medium opacity-70">Arguments</p>
            <CodeBlock text={call.argumentsText} expectJson />
          </div>
          {pair?.result && (
            <div>
              <p className="text-xs font-medium opacity-70">Result</p>
              <CodeBlock text={pair.result.output} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

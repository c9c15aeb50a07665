import { CodeBlock } from '@/components/code-block.tsx';
import { formatDuration } from '@/lib/format.ts';
import type { ToolCall, ToolRequest } from '@/transcript/model.ts';
import type { ToolPair } from '@/transcript/tool-pairing.ts';
import { toolStatus } from '@/transcript/tool-status.ts';
import { MarkedText } from '../find/marked-text.tsx';
import type { RowActions } from '../row-actions.ts';
import { ToolStatusBadge } from './tool-status-badge.tsx';

/**
 * One tool call (docs/contract.md "Tool call"): a button named after the tool, with
 * `aria-expanded` and `data-tool-call-id`; expanded, the arguments pretty-printed (raw with a
 * warning when not JSON), the paired result (folded when long), the time from call to result, and
 * a link to the message holding the result.
 */
export function ToolCallCard({
  call,
  pair,
  index,
  messageId,
  open,
  onToggle,
  goTo,
}: {
  call: ToolCall;
  pair: ToolPair | undefined;
  /** The call's part index in its message, naming its search fields. */
  index: number;
  messageId: string;
  open: boolean;
  onToggle: () => void;
  goTo: RowActions['goTo'];
}) {
  const status = toolStatus(pair);
  return (
    <div className="rounded-lg border border-current/15 bg-black/5 text-sm dark:bg-white/5">
      <button
        type="button"
        aria-expanded={open}
        data-tool-call-id={call.id ?? ''}
        onClick={onToggle}
        className="flex w-full items-center gap-2 px-3 py-1.5 text-left"
      >
        <span aria-hidden>{open ? '▾' : '▸'}</span>
        <span className="min-w-0 truncate">
          Tool call{' '}
          <code className="font-semibold">
            <MarkedText messageId={messageId} fieldKey={`${index}:name`} text={call.name} />
          </code>
        </span>
        <ToolStatusBadge status={status} />
      </button>
      {open && (
        <div className="space-y-2 px-3 pb-3">
          <div>
            <p className="text-xs font-medium opacity-70">Arguments</p>
            <CodeBlock
              text={call.argumentsText}
              expectJson
              label="Arguments"
              renderText={(t) => (
                <MarkedText messageId={messageId} fieldKey={`${index}:args`} text={t} />
              )}
            />
          </div>
          {pair?.result ? (
            <div>
              <p className="flex gap-2 text-xs font-medium opacity-70">
                Result
                {status.durationMs !== undefined && (
                  <span>after {formatDuration(status.durationMs)}</span>
                )}
                {pair.resultMessageId && pair.resultMessageId !== pair.callMessageId && (
                  <button
                    type="button"
                    className="underline"
                    onClick={() =>
                      pair.resultMessageId &&
                      goTo({ messageId: pair.resultMessageId, align: 'center' })
                    }
                  >
                    Go to result message
                  </button>
                )}
              </p>
              {pair.result.request && <ToolRequestLine request={pair.result.request} />}
              <CodeBlock
                text={pair.result.output}
                foldLines={30}
                label="Tool result"
                // Marked here only when recorded in this message; else its own message marks it.
                renderText={(t) =>
                  pair.resultMessageId === messageId && pair.resultPart !== undefined ? (
                    <MarkedText
                      messageId={messageId}
                      fieldKey={`${pair.resultPart}:output`}
                      text={t}
                    />
                  ) : (
                    t
                  )
                }
              />
            </div>
          ) : (
            <p className="text-xs italic opacity-80">No result was recorded for this call.</p>
          )}
        </div>
      )}
    </div>
  );
}

/** The webhook the vendor called for the tool: method, URL (as text, never a link) and status. */
function ToolRequestLine({ request }: { request: ToolRequest }) {
  const failed = request.status !== undefined && request.status >= 400;
  return (
    <p className="flex min-w-0 gap-1.5 font-mono text-xs opacity-80">
      {request.method && <span className="font-semibold">{request.method}</span>}{' '}
      {request.url && (
        <span className="min-w-0 truncate" title={request.url}>
          {request.url}
        </span>
      )}{' '}
      {request.status !== undefined && (
        <span className={failed ? 'font-semibold text-rose-700 dark:text-rose-300' : undefined}>
          → HTTP {request.status}
        </span>
      )}
    </p>
  );
}

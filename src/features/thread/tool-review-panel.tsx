import { useDeferredValue, useId, useMemo, useState } from 'react';
import { formatCount, formatDuration } from '@/lib/format.ts';
import { compactJson } from '@/lib/pretty-json.ts';
import type { Message } from '@/transcript/model.ts';
import { cardKey } from '@/transcript/open-parts.ts';
import type { ToolPair } from '@/transcript/tool-pairing.ts';
import { toolStatus } from '@/transcript/tool-status.ts';
import { ToolStatusBadge } from './message/tool-status-badge.tsx';
import type { RowActions } from './row-actions.ts';

/** Beyond this many matching calls the list asks for a narrower filter instead of rendering all. */
const SHOWN_AT_MOST = 500;

/**
 * The arguments on one line, for a list: compact JSON (every value as written) when they are
 * JSON, cut at 80 characters; only the start of a text too large to parse.
 */
function argumentsSummary(text: string): string {
  const compact = compactJson(text) ?? text.slice(0, 200).replace(/\s+/g, ' ');
  return compact.length > 80 ? `${compact.slice(0, 79)}…` : compact;
}

/**
 * Every tool call of the transcript in one list (name, arguments, status, duration), with
 * "Failed only" and a name filter; choosing one scrolls the thread to it and opens its card.
 * Above them, when the vendor marked any, the messages it flagged or aborted, each a link to it.
 */
export function ToolReviewPanel({
  pairs,
  messages,
  goTo,
  onClose,
}: {
  pairs: ToolPair[];
  /** The transcript's messages, for those the vendor marked. */
  messages: readonly Message[];
  /** Goes to a call's message, opening its card. */
  goTo: RowActions['goTo'];
  onClose: () => void;
}) {
  const [failedOnly, setFailedOnly] = useState(false);
  const [name, setName] = useState('');
  const nameFilter = useDeferredValue(name.trim().toLowerCase());
  const filterId = useId();
  const matching = useMemo(
    () =>
      pairs
        .map((pair) => ({ pair, status: toolStatus(pair) }))
        .filter(
          ({ pair, status }) =>
            (!failedOnly || status.state === 'failed') &&
            pair.call.name.toLowerCase().includes(nameFilter),
        ),
    [pairs, failedOnly, nameFilter],
  );
  return (
    <aside
      aria-label="Tool calls"
      className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="font-semibold">Tool calls</h2>
        <button type="button" onClick={onClose} aria-label="Close tool calls" className="px-1">
          ✕
        </button>
      </div>
      <div className="space-y-2 border-b border-slate-200 px-3 py-2 text-xs dark:border-slate-800">
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={failedOnly}
            onChange={(e) => setFailedOnly(e.target.checked)}
          />
          Failed only
        </label>
        <label htmlFor={filterId} className="sr-only">
          Filter tool calls by name
        </label>
        <input
          id={filterId}
          type="search"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Filter by tool name"
          className="w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
        />
        <p aria-live="polite">
          {formatCount(matching.length)} of {formatCount(pairs.length)} calls
        </p>
      </div>
      <MarkedMessages messages={messages} goTo={goTo} />
      <ul className="min-h-0 flex-1 overflow-auto">
        {matching.slice(0, SHOWN_AT_MOST).map(({ pair, status }) => (
          <li key={`${pair.callMessageId}#${pair.callPart}`}>
            <button
              type="button"
              onClick={() =>
                goTo({ messageId: pair.callMessageId, align: 'center' }, [cardKey(pair.callPart)])
              }
              className="block w-full border-b border-slate-100 px-3 py-2 text-left hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800"
            >
              <span className="flex items-center gap-2">
                <code className="truncate font-semibold">{pair.call.name}</code>
                <ToolStatusBadge status={status} />
              </span>
              <span className="mt-0.5 block truncate font-mono text-xs text-slate-500 dark:text-slate-400">
                {argumentsSummary(pair.call.argumentsText)}
              </span>
              {status.durationMs !== undefined && (
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  {formatDuration(status.durationMs)}
                </span>
              )}
            </button>
          </li>
        ))}
        {matching.length > SHOWN_AT_MOST && (
          <li className="px-3 py-2 text-xs text-slate-500">
            Showing the first {SHOWN_AT_MOST}: narrow the filter to see the rest.
          </li>
        )}
      </ul>
    </aside>
  );
}

/** The first text of a message on one line, cut at 60 characters. */
function gist(message: Message): string {
  const text = message.parts.find((p) => p.kind === 'text')?.text.replace(/\s+/g, ' ') ?? '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The messages the vendor flagged or aborted (transcript/model.ts `marks`); nothing when none. */
function MarkedMessages({
  messages,
  goTo,
}: {
  messages: readonly Message[];
  goTo: RowActions['goTo'];
}) {
  const marked = useMemo(() => messages.filter((m) => m.marks?.length), [messages]);
  const shown = marked.slice(0, SHOWN_AT_MOST);
  if (marked.length === 0) return null;
  return (
    <section
      aria-label="Flagged or aborted"
      className="max-h-48 shrink-0 overflow-auto border-b border-slate-200 px-3 py-2 text-xs dark:border-slate-800"
    >
      <h3 className="font-semibold">Flagged or aborted ({formatCount(marked.length)})</h3>
      <ul>
        {shown.map((message) => (
          <li key={message.id}>
            <button
              type="button"
              className="block w-full truncate py-0.5 text-left hover:underline"
              onClick={() => goTo({ messageId: message.id, align: 'center' })}
            >
              <span className="font-semibold">{message.marks?.join(', ')}</span> {gist(message)}
            </button>
          </li>
        ))}
        {marked.length > shown.length && (
          <li>and {formatCount(marked.length - shown.length)} more</li>
        )}
      </ul>
    </section>
  );
}

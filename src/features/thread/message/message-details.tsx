import { useMemo } from 'react';
import { CopyButton } from '@/components/copy-button.tsx';
import { LargeText } from '@/components/large-text.tsx';
import { LARGE_TEXT } from '@/lib/pretty-json.ts';
import { useMessagePayload } from '@/transcript-loading/use-message-payload.ts';
import type { Message } from '@/transcript/model.ts';
import type { RowActions } from '../row-actions.ts';

/**
 * A message's details (ids, delivery delay, latency) and its vendor payload, with copy. The
 * transcript keeps no payloads: the message's page is fetched again (use-message-payload.ts).
 */
export function MessageDetails({ message, actions }: { message: Message; actions: RowActions }) {
  const payload = useMessagePayload(actions.payload, message);
  const ready = payload.status === 'ready' ? payload.raw : undefined;
  const raw = useMemo(
    () => (ready === undefined ? '' : (JSON.stringify(ready, null, 2) ?? String(ready))),
    [ready],
  );
  const rows = [
    { label: 'Message id', value: message.id },
    ...(message.turnId ? [{ label: 'Turn id', value: message.turnId }] : []),
    ...(message.time ? [{ label: 'Time (as sent)', value: message.time }] : []),
    ...(payload.status === 'ready' ? actions.describe(payload.raw) : []),
  ];
  return (
    <section aria-label="Message details" className="mt-2 border-t border-current/15 pt-2 text-xs">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
        {rows.map((d) => (
          <div key={d.label} className="contents">
            <dt className="opacity-80">{d.label}</dt>
            <dd className="font-mono break-all">{d.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-2 flex items-center justify-between">
        <span className="font-semibold opacity-80">Vendor payload</span>
        {payload.status === 'ready' && (
          <CopyButton
            text={() => raw}
            label="Copy JSON"
            className="rounded px-1.5 py-0.5 hover:bg-black/10 dark:hover:bg-white/10"
          />
        )}
      </div>
      {payload.status === 'ready' && raw.length > LARGE_TEXT ? (
        <div className="mt-1">
          <LargeText text={raw} label="Vendor payload" filename={`payload-${message.id}.json`} />
        </div>
      ) : payload.status === 'ready' ? (
        <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-2 font-mono text-[0.7rem] text-slate-100">
          {raw}
        </pre>
      ) : (
        <p role={payload.status === 'error' ? 'alert' : 'status'} className="mt-1 opacity-80">
          {payload.status === 'error'
            ? `Could not fetch the vendor payload: ${payload.message}`
            : 'Fetching the vendor payload…'}
        </p>
      )}
    </section>
  );
}

import { CopyButton } from '../../components/copy-button.tsx';
import type { Message } from '../../transcript/model.ts';
import { sentTime } from '../../transcript/time.ts';
import { useMessageSource } from './message-source.ts';

/**
 * A message's details (ids, delivery delay, latency) and its raw vendor payload, with copy. The
 * thread keeps neither (page-worker/lean.ts): they are fetched again with the message's page.
 */
export function MessageDetails({ message }: { message: Message }) {
  const source = useMessageSource(message);
  const time = sentTime(message);
  const raw =
    source.status === 'ready' ? (JSON.stringify(source.raw, null, 2) ?? String(source.raw)) : '';
  const rows = [
    { label: 'Message id', value: message.id },
    ...(time ? [{ label: 'Time (as sent)', value: time }] : []),
    ...(source.status === 'ready' ? source.details : []),
  ];
  return (
    <section aria-label="Message details" className="mt-2 border-t border-current/15 pt-2 text-xs">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
        {rows.map((d) => (
          <div key={d.label} className="contents">
            <dt className="opacity-70">{d.label}</dt>
            <dd className="font-mono break-all">{d.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-2 flex items-center justify-between">
        <span className="font-semibold opacity-70">Vendor payload</span>
        {source.status === 'ready' && (
          <CopyButton
            text={() => raw}
            label="Copy JSON"
            className="rounded px-1.5 py-0.5 hover:bg-black/10 dark:hover:bg-white/10"
          />
        )}
      </div>
      {source.status === 'ready' ? (
        <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-2 font-mono text-[0.7rem] text-slate-100">
          {raw}
        </pre>
      ) : (
        <p role={source.status === 'error' ? 'alert' : 'status'} className="mt-1 opacity-70">
          {source.status === 'error'
            ? `Could not fetch the vendor payload: ${source.message}`
            : 'Fetching the vendor payload…'}
        </p>
      )}
    </section>
  );
}

import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  failureNotice,
  isVendorId,
  vendors,
  VENDOR_IDS,
  type ConversationSummary,
  type VendorId,
} from '@/vendors/index.ts';

/** What the form found for what was typed. */
type Lookup =
  | { kind: 'idle' }
  | { kind: 'looking' }
  | { kind: 'none'; text: string }
  | { kind: 'many'; text: string; matches: ConversationSummary[] }
  | { kind: 'failed'; message: string };

/**
 * "Open by ID" (docs/contract.md "URLs"): a conversation by what the reader has, through the
 * vendor's own lookup (`Vendor.findConversations`): an id; a Telnyx `call_control_id`; part of a
 * Twilio session name. One match opens; none, or several, are said so, several as links. Ids may
 * hold `/ : . @ +` or spaces: they travel as one encoded path segment.
 */
export function OpenByIdForm() {
  const navigate = useNavigate();
  const [vendorId, setVendorId] = useState<VendorId>(VENDOR_IDS[0]);
  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const vendorField = useId();
  const idField = useId();
  const vendor = vendors[vendorId];
  const open = (id: string) => void navigate(`/${vendorId}/${encodeURIComponent(id)}`);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wanted = text.trim();
    if (!wanted) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setLookup({ kind: 'looking' });
    try {
      const matches = await vendor.findConversations(wanted, controller.signal);
      if (controller.signal.aborted) return;
      const [only] = matches;
      if (matches.length === 1 && only) open(only.id);
      else if (matches.length === 0) setLookup({ kind: 'none', text: wanted });
      else setLookup({ kind: 'many', text: wanted, matches });
    } catch (error) {
      if (!controller.signal.aborted) {
        const cause = error instanceof Error ? error : new Error(String(error));
        const notice = failureNotice(cause, vendor.label);
        const status = notice.status ? ` (HTTP ${notice.status})` : '';
        setLookup({ kind: 'failed', message: `${notice.source}${status}: ${notice.message}` });
      }
    }
  };
  const field =
    'mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950';
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="mt-10 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 className="font-semibold">Open by ID</h2>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label htmlFor={vendorField} className="text-sm">
          <span className="block text-slate-600 dark:text-slate-400">Vendor</span>
          <select
            id={vendorField}
            value={vendorId}
            onChange={(e) => isVendorId(e.target.value) && setVendorId(e.target.value)}
            className={field}
          >
            {VENDOR_IDS.map((v) => (
              <option key={v} value={v}>
                {vendors[v].label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={idField} className="min-w-64 flex-1 text-sm">
          <span className="block text-slate-600 dark:text-slate-400">
            Session or conversation ID
          </span>
          <input
            id={idField}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={vendor.findHint}
            className={`${field} w-full font-mono`}
          />
        </label>
        <button
          type="submit"
          disabled={lookup.kind === 'looking'}
          className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          Open
        </button>
      </div>
      <LookupResult lookup={lookup} vendorId={vendorId} />
    </form>
  );
}

function LookupResult({ lookup, vendorId }: { lookup: Lookup; vendorId: VendorId }) {
  const vendor = vendors[vendorId];
  if (lookup.kind === 'idle') return null;
  if (lookup.kind === 'looking')
    return (
      <p role="status" className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Looking…
      </p>
    );
  if (lookup.kind === 'failed')
    return (
      <p role="alert" className="mt-3 text-sm text-rose-700 dark:text-rose-300">
        {lookup.message}
      </p>
    );
  if (lookup.kind === 'none')
    return (
      <p role="status" className="mt-3 text-sm">
        No {vendor.label} {vendor.noun} matches “{lookup.text}”.
      </p>
    );
  return (
    <div role="status" className="mt-3 text-sm">
      <p>
        {lookup.matches.length} {vendor.noun}s match “{lookup.text}”; choose one:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {lookup.matches.map((c) => (
          <li key={c.id}>
            <Link to={`/${vendorId}/${encodeURIComponent(c.id)}`} className="font-mono underline">
              {c.id}
            </Link>{' '}
            {c.title !== c.id && <span>{c.title}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

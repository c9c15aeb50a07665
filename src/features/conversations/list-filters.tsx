import type { FormEvent, ReactNode } from 'react';
import { LIST_ORDERS, type ListFilters, type ListOrder, type Vendor } from '@/vendors/index.ts';
import { filtersFromParams, paramsOfFilters } from '@/hooks/list-params.ts';

/** Telnyx's channels (docs/vendor-notes.md §2.3); the list accepts any other the URL names. */
const CHANNELS = ['phone_call', 'web_call', 'sms_chat', 'web_chat'];

/** How each order reads. */
const ORDER_LABELS: Record<ListOrder, string> = {
  'last_message_at.desc': 'Last message, newest first',
  'last_message_at.asc': 'Last message, oldest first',
  'created_at.desc': 'Started, newest first',
  'created_at.asc': 'Started, oldest first',
};

/** The two day fields, by filter. */
const DAYS = [
  ['from', 'From'],
  ['to', 'To'],
] as const;

const INPUT =
  'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950';

/** Props of {@link ListFilterBar}. */
export interface ListFilterBarProps {
  vendor: Vendor;
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  /** What the `status` says: how many conversations are shown, and how they were found. */
  status: string;
}

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`text-sm ${wide ? 'min-w-56 flex-1' : ''}`}>
      <span className="block text-slate-600 dark:text-slate-400">{label}</span>
      {children}
    </label>
  );
}

/**
 * The `search` region "Filter conversations" (docs/contract.md "Lists"): the filters `vendor`
 * offers, applied with Enter or "Apply" (a choice from a list, a date or a checkbox at once),
 * "Clear", and a `status` saying how many conversations are shown. The fields start from the
 * filters in the URL each time those change.
 */
export function ListFilterBar({ vendor, filters, onChange, status }: ListFilterBarProps) {
  const offered = vendor.listFilters;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.set(key, value);
    const metaKey = data.get('metaKey');
    const metaValue = data.get('metaValue');
    if (typeof metaKey === 'string' && typeof metaValue === 'string' && metaKey && metaValue)
      params.set('meta', `${metaKey.trim()}:${metaValue.trim()}`);
    onChange(filtersFromParams(params, vendor));
  };
  const applyNow = (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
    e.currentTarget.form?.requestSubmit();
  return (
    <form
      role="search"
      aria-label="Filter conversations"
      // Fresh fields whenever the URL's filters change (Clear, back, a link).
      key={paramsOfFilters(filters).toString()}
      onSubmit={submit}
      className="mt-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-end gap-3">
        {offered.q && (
          <Field label="Title, name or identity" wide>
            <input type="search" name="q" defaultValue={filters.q} className={INPUT} />
          </Field>
        )}
        {DAYS.map(([key, label]) =>
          offered[key] ? (
            <Field key={key} label={label}>
              <input
                type="date"
                name={key}
                defaultValue={filters[key]}
                onChange={applyNow}
                className={INPUT}
              />
            </Field>
          ) : null,
        )}
        {offered.channel && (
          <Field label="Channel">
            <select
              name="channel"
              defaultValue={filters.channel ?? ''}
              onChange={applyNow}
              className={INPUT}
            >
              <option value="">Any</option>
              {[...new Set([...CHANNELS, filters.channel ?? ''])].filter(Boolean).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </Field>
        )}
        {offered.assistant && (
          <Field label="Assistant ID">
            <input
              name="assistant"
              defaultValue={filters.assistant}
              className={`${INPUT} font-mono`}
            />
          </Field>
        )}
        {offered.user && (
          <Field label={vendor.endUserName}>
            <input
              name="user"
              defaultValue={filters.user}
              placeholder="+1 312 555 0100"
              className={INPUT}
            />
          </Field>
        )}
        {offered.metadata && (
          <>
            <Field label="Metadata key">
              <input
                name="metaKey"
                defaultValue={filters.metadata?.key}
                placeholder="call_control_id"
                className={`${INPUT} font-mono`}
              />
            </Field>
            <Field label="Metadata value">
              <input
                name="metaValue"
                defaultValue={filters.metadata?.value}
                className={`${INPUT} font-mono`}
              />
            </Field>
          </>
        )}
        {offered.order && (
          <Field label="Order">
            <select
              name="order"
              defaultValue={filters.order ?? LIST_ORDERS[0]}
              onChange={applyNow}
              className={INPUT}
            >
              {LIST_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {ORDER_LABELS[o]}
                </option>
              ))}
            </select>
          </Field>
        )}
        {offered.archived && (
          <label className="flex items-center gap-2 pb-1.5 text-sm">
            <input
              type="checkbox"
              name="archived"
              value="true"
              defaultChecked={filters.archived === true}
              onChange={applyNow}
            />
            Archived {vendor.noun}s
          </label>
        )}
        <div className="flex gap-2 pb-0.5">
          <button
            type="submit"
            className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800"
          >
            Apply
          </button>
          <button
            type="button"
            onClick={() => onChange({})}
            className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-700"
          >
            Clear
          </button>
        </div>
      </div>
      <p role="status" className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
    </form>
  );
}

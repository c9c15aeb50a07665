import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { vendors, VENDOR_IDS, isVendorId, type VendorId } from '@/vendors/index.ts';

/** Opens a transcript by its vendor's id: ids may hold `/ : . @ +` or spaces, so they are encoded. */
export function OpenByIdForm() {
  const navigate = useNavigate();
  const [vendorId, setVendorId] = useState<VendorId>(VENDOR_IDS[0]);
  const [id, setId] = useState('');
  const vendorField = useId();
  const idField = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = id.trim();
    if (trimmed) void navigate(`/${vendorId}/${encodeURIComponent(trimmed)}`);
  };
  return (
    <form
      onSubmit={submit}
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
            className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
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
            value={id}
            onChange={(e) => setId(e.target.value)}
            placeholder="e.g. voice:CA123… or conv_32bt7BMLhLyVzTUjfi35N"
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 font-mono dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800"
        >
          Open
        </button>
      </div>
    </form>
  );
}

import { Link } from 'react-router';
import { SampleBadge } from '@/components/sample-badge.tsx';
import { vendors, VENDOR_IDS, type VendorId } from '@/vendors/index.ts';
import { useIsSample } from '@/hooks/use-is-sample.ts';
import { OpenByIdForm } from './open-by-id-form.tsx';
import { RecentList } from './recent-list.tsx';

function VendorCard({ vendorId }: { vendorId: VendorId }) {
  const vendor = vendors[vendorId];
  const sample = useIsSample(vendorId);
  return (
    <li>
      <Link
        to={`/${vendorId}`}
        className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-blue-400 dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="flex items-center justify-between gap-2">
          <h2 className="font-semibold">{vendor.label}</h2>
          {sample && <SampleBadge />}
        </div>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Browse {vendor.noun}s</p>
      </Link>
    </li>
  );
}

/**
 * `/`: the three vendors, "open by ID", a link to open a file and the recent conversations
 * (docs/contract.md "URLs").
 */
export function HomePage() {
  return (
    <main className="mx-auto w-full max-w-4xl overflow-auto p-6">
      <h1 className="text-2xl font-semibold">Conversation histories</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Browse, read and debug what your assistants said, and which tools they called.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-3">
        {VENDOR_IDS.map((v) => (
          <VendorCard key={v} vendorId={v} />
        ))}
      </ul>
      <OpenByIdForm />
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        <Link to="/open" className="font-medium text-blue-700 hover:underline dark:text-blue-300">
          Open a file
        </Link>{' '}
        saved from a vendor&apos;s API or exported from here, with no credentials.
      </p>
      <RecentList />
    </main>
  );
}

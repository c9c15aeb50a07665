import type { Vendor } from '@/vendors/index.ts';

/** Notes about the transcript as a whole: empty, stopped on a repeated cursor, a linked message absent. */
export function ThreadNotes({
  vendor,
  stalled,
  empty,
  missingMessage,
}: {
  vendor: Vendor;
  stalled: boolean;
  empty: boolean;
  missingMessage: string | undefined;
}) {
  const note = 'border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm dark:bg-amber-950/60';
  return (
    <>
      {stalled && (
        <p role="note" className={note}>
          {vendor.label} sent a page cursor it had sent before, so loading stopped here rather than
          loop: the transcript may be incomplete.
        </p>
      )}
      {missingMessage !== undefined && (
        <p role="note" className={note}>
          The linked message <code>{missingMessage}</code> is not in this {vendor.noun}.
        </p>
      )}
      {empty && (
        <p className="p-6 text-slate-600 dark:text-slate-400">
          This {vendor.noun} has no messages.
        </p>
      )}
    </>
  );
}

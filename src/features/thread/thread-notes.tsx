import type { TranscriptPages } from '@/transcript-loading/use-transcript-pages.ts';
import type { Vendor } from '@/vendors/index.ts';
import { IntegrityNote } from './integrity-note.tsx';
import type { RowActions } from './row-actions.ts';

/**
 * Notes about the transcript as a whole: a linked message absent, what it is made of once
 * loading stops (integrity-note.tsx, which also says when it stopped on a repeated cursor), or
 * that it is empty.
 */
export function ThreadNotes({
  vendor,
  pages,
  goTo,
  missingMessage,
}: {
  vendor: Vendor;
  pages: TranscriptPages;
  goTo: RowActions['goTo'];
  missingMessage: string | undefined;
}) {
  const note = 'border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm dark:bg-amber-950/60';
  const empty = pages.status === 'complete' && pages.messages.length === 0;
  return (
    <>
      {missingMessage !== undefined && (
        <p role="note" className={note}>
          The linked message <code>{missingMessage}</code> is not in this {vendor.noun}.
        </p>
      )}
      {pages.integrity && (!empty || pages.integrity.stalled) && (
        <IntegrityNote integrity={pages.integrity} vendor={vendor} goTo={goTo} />
      )}
      {empty && (
        <p className="p-6 text-slate-600 dark:text-slate-400">
          This {vendor.noun} has no messages.
        </p>
      )}
    </>
  );
}

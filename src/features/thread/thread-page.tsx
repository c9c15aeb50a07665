import { createElement, useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { isVendorId, vendors, type Vendor } from '@/vendors/index.ts';
import { useTranscriptPages } from '@/transcript-loading/use-transcript-pages.ts';
import { vendorSource } from '@/transcript-loading/vendor-source.ts';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { recordRecent } from '@/hooks/use-recent.ts';
import { useThreadPane } from './thread-pane.ts';
import { ThreadHeader } from './thread-header.tsx';

/** `/<vendor>/<id>`: one transcript. The id is one percent-encoded path segment. */
export function ThreadPage() {
  const { vendor: vendorId, conversationId } = useParams();
  if (!isVendorId(vendorId) || !conversationId) return <NotFoundPage />;
  return (
    <TranscriptRoute
      key={`${vendorId}/${conversationId}`}
      vendor={vendors[vendorId]}
      conversationId={conversationId}
    />
  );
}

/**
 * Loads the transcript here, in the route (which comes with the app), so that the first page is
 * asked for while the pane's code still downloads, and hands what loaded to the pane.
 */
function TranscriptRoute({ vendor, conversationId }: { vendor: Vendor; conversationId: string }) {
  const source = useMemo(() => vendorSource(vendor, conversationId), [vendor, conversationId]);
  const pages = useTranscriptPages(source);
  // Remembered once it shows: an id that does not exist is not worth listing.
  const shows = pages.messages.length > 0 || pages.status === 'complete';
  useEffect(() => {
    if (shows) recordRecent(vendor.id, conversationId);
  }, [shows, vendor.id, conversationId]);
  // The pane is most of the app's code, which the home page and the lists do without.
  const pane = useThreadPane();
  if (!pane) return <ThreadPlaceholder vendor={vendor} conversationId={conversationId} />;
  // The pane is a module's export, one function for the app's life: not a component made here.
  return createElement(pane, { vendor, conversationId, pages });
}

/**
 * What shows while the pane's code loads: the pane's own header with its progress bar, and the
 * still-empty feed, busy. No error shows here; the pane shows any once it is in.
 */
export function ThreadPlaceholder({
  vendor,
  conversationId,
  file,
}: {
  vendor: Vendor;
  conversationId: string;
  /** The name of the file the transcript is read from, if it is (thread.tsx `file`). */
  file?: string;
}) {
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <ThreadHeader
        vendor={vendor}
        conversationId={conversationId}
        count={0}
        loading
        total={undefined}
        file={file}
      />
      <div className="min-h-0 flex-1 overflow-auto">
        <div role="feed" aria-label="Transcript" aria-busy className="mx-auto w-full max-w-4xl" />
      </div>
    </main>
  );
}

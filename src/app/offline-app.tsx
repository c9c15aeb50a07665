import { useMemo } from 'react';
import { Timestamp } from '@/components/timestamp.tsx';
import { Thread } from '@/features/thread/thread.tsx';
import { memorySource } from '@/transcript-loading/memory-source.ts';
import type { ReadExport } from '@/transcript-loading/export-reader.ts';
import { useTranscriptPages } from '@/transcript-loading/use-transcript-pages.ts';
import { parseTimestamp } from '@/transcript/time.ts';
import { vendors } from '@/vendors/index.ts';

/**
 * The HTML export's page (offline-main.tsx): the transcript it carries, in the same pane as the
 * app's, from memory and with nothing asked of any server (`file`).
 */
export function OfflineApp({ read }: { read: ReadExport }) {
  const vendor = vendors[read.vendor];
  const source = useMemo(
    () => memorySource(`${read.vendor}/${read.conversationId}`, read.pages),
    [read],
  );
  const pages = useTranscriptPages(source);
  return (
    <div className="flex h-full flex-col">
      <header className="flex flex-wrap items-baseline gap-x-3 border-b border-slate-200 bg-white px-4 py-2 text-sm dark:border-slate-800 dark:bg-slate-900">
        <span className="font-semibold tracking-tight">
          {vendor.label} {vendor.noun}
        </span>
        <span className="text-slate-600 dark:text-slate-400">
          Offline copy
          {read.exportedAt && (
            <>
              {', exported '}
              <Timestamp iso={read.exportedAt} ms={parseTimestamp(read.exportedAt)} />
            </>
          )}
          {!read.complete && ' before the whole transcript had loaded'}
        </span>
      </header>
      <Thread
        vendor={vendor}
        conversationId={read.conversationId}
        pages={pages}
        file={window.location.pathname.split('/').pop() || 'an offline copy'}
      />
    </div>
  );
}

/** What the page shows when the transcript it carries cannot be read. */
export function OfflineFailure({ error }: { error: unknown }) {
  return (
    <main role="alert" className="p-6">
      <h1 className="font-semibold">This file’s transcript could not be read</h1>
      <p className="mt-2 text-sm">{error instanceof Error ? error.message : String(error)}</p>
    </main>
  );
}

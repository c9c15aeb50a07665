import { createElement, useEffect, useState, type DragEvent } from 'react';
import { typingIn } from '@/lib/typing-in.ts';
import { useTranscriptPages } from '@/transcript-loading/use-transcript-pages.ts';
import { vendors } from '@/vendors/index.ts';
import { ThreadPlaceholder } from '../thread-page.tsx';
import { useThreadPane } from '../thread-pane.ts';
import { FileFaultAlert } from './file-fault.tsx';
import { FilePicker } from './file-picker.tsx';
import { useOpenFile, type OpenedTranscript } from './use-open-file.ts';

/** True when a drag carries files (not text or a link from the page). */
function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer.types.includes('Files');
}

/**
 * `/open` (docs/contract.md, "Files"): a transcript from a file on disk, chosen, dropped anywhere
 * on the page or pasted as text, shown as any transcript is, with no request to a vendor. The
 * transcript lives in memory: a reload shows the empty page again.
 */
export function OpenFilePage() {
  const { opened, reading, fault, open } = useOpenFile();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (typingIn(e.target) || !e.clipboardData) return;
      const file = e.clipboardData.files[0];
      const text = file ? '' : e.clipboardData.getData('text/plain');
      if (!file && text.trim() === '') return;
      e.preventDefault();
      open(file ?? new File([text], 'Pasted text', { type: 'application/json' }));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [open]);
  const drop = {
    onDragOver: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      const to = e.relatedTarget;
      if (!(to instanceof Node && e.currentTarget.contains(to))) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) open(file);
    },
  };
  const picker = (
    <FilePicker
      onFile={open}
      reading={reading}
      dragging={dragging}
      compact={opened !== undefined}
    />
  );
  return (
    <div className="flex min-h-0 flex-1 flex-col" {...drop}>
      {opened ? (
        <>
          <div className="border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
            {picker}
          </div>
          {fault && <FileFaultAlert fault={fault} />}
          <FileTranscript key={opened.source.key.join('/')} opened={opened} />
        </>
      ) : (
        <main className="mx-auto w-full max-w-4xl overflow-auto p-6">
          <h1 className="text-2xl font-semibold">Open a file</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            A transcript saved from a vendor&apos;s messages endpoint (one response exactly as sent,
            or a JSON array or NDJSON of the responses of one conversation), or the viewer&apos;s
            own JSON export. The file is read here, in the browser: nothing is sent anywhere.
          </p>
          {picker}
          {fault && (
            <div className="mt-4">
              <FileFaultAlert fault={fault} />
            </div>
          )}
        </main>
      )}
    </div>
  );
}

/** The opened transcript in the thread pane, loaded from memory as a vendor's would be. */
function FileTranscript({ opened }: { opened: OpenedTranscript }) {
  const pages = useTranscriptPages(opened.source);
  const pane = useThreadPane();
  const vendor = vendors[opened.head.vendor];
  const conversationId = opened.head.conversationId ?? opened.name;
  const partial = !opened.head.complete && (
    <p
      role="note"
      className="border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm dark:bg-amber-950/60"
    >
      This export was made before the whole transcript had loaded: more messages may exist.
    </p>
  );
  const props = { vendor, conversationId, file: opened.name };
  return (
    <>
      {partial}
      {pane ? createElement(pane, { ...props, pages }) : <ThreadPlaceholder {...props} />}
    </>
  );
}

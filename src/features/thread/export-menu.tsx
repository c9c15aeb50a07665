import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { MenuButton } from '@/components/menu-button.tsx';
import { downloadText } from '@/lib/download.ts';
import { formatCount } from '@/lib/format.ts';
import { embedTranscript, offlineTemplate } from '@/lib/offline-html.ts';
import { loadPayloads } from '@/transcript-loading/load-payloads.ts';
import type { PayloadSource } from '@/transcript-loading/use-message-payload.ts';
import { transcriptToJson } from '@/transcript/export.ts';
import { transcriptToMarkdown } from '@/transcript/export-markdown.ts';
import type { Message } from '@/transcript/model.ts';
import type { Vendor } from '@/vendors/index.ts';
import { FailureLine } from './failure-line.tsx';
import type { RedactFn } from './redaction/use-redaction.ts';

/** The formats made from the vendor's payloads: the JSON export, and the HTML page holding it. */
type PayloadFormat = 'JSON' | 'HTML';

/** Where an export stands: the JSON's or HTML's pages fetched so far, or why one failed. */
type JsonExport =
  | { format: PayloadFormat; done: number; pages: number }
  | { format: PayloadFormat | 'Markdown'; failed: Error }
  | undefined;

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * The toolbar's "Export" menu (docs/contract.md, "Export"): "Markdown" saves the messages as
 * shown; "JSON" first fetches every loaded page again for the vendor's payloads (`raw`), saying
 * how far it got, and names a failure with a Retry; "HTML" puts that JSON into the offline page
 * (lib/offline-html.ts), one file that shows the transcript with no network. Leaving the
 * transcript stops them. With `redact`, each is redacted first, and so are the files' names.
 */
export function ExportMenu({
  title,
  vendor,
  conversationId,
  messages,
  payload,
  redact,
  className,
}: {
  /** Names the files and heads the Markdown. */
  title: string;
  vendor: Vendor;
  conversationId: string;
  messages: readonly Message[];
  payload: PayloadSource;
  /** Redacts the exports ("Redact personal data" on), else undefined. */
  redact?: RedactFn;
  /** The toolbar's button style. */
  className: string;
}) {
  const client = useQueryClient();
  const [json, setJson] = useState<JsonExport>();
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    const export_ = running;
    // Leaving the transcript stops an export under way.
    return () => export_.current?.abort();
  }, []);
  const fileBase = (name: string) => name.replace(/[^\w.-]+/g, '_').slice(0, 120);
  const exportJson = async (format: PayloadFormat) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setJson({ format, done: 0, pages: 0 });
    // Asked for at once: the dev server builds the page on its first request.
    const template = format === 'HTML' ? offlineTemplate(controller.signal) : undefined;
    template?.catch(() => undefined);
    try {
      const loaded = await loadPayloads(
        client,
        payload.source,
        controller.signal,
        (done, pages) => {
          if (running.current === controller) setJson({ format, done, pages });
        },
      );
      const head = {
        vendor: vendor.id,
        conversationId,
        exportedAt: new Date().toISOString(),
        complete: loaded.complete,
      };
      const r = redact && (await redact(loaded.messages, loaded.payloads));
      controller.signal.throwIfAborted();
      // The HTML page carries the JSON export: redacted, it shows the redacted transcript.
      const text = r
        ? transcriptToJson({ ...head, conversationId: r.conversationId }, r.messages, r.payloads)
        : transcriptToJson(head, loaded.messages, loaded.payloads);
      const name = fileBase(r ? r.text(title) : title);
      if (template) {
        const html = embedTranscript(await template, text);
        downloadText(`${name}.html`, html, 'text/html;charset=utf-8');
      } else downloadText(`${name}.json`, text, 'application/json');
      setJson(undefined);
    } catch (error) {
      if (controller.signal.aborted || running.current !== controller) return;
      setJson({ format, failed: asError(error) });
    }
  };
  const exportMarkdown = async () => {
    try {
      const r = redact && (await redact(messages));
      const shownTitle = r ? r.text(title) : title;
      downloadText(
        `${fileBase(shownTitle)}.md`,
        transcriptToMarkdown(shownTitle, r ? r.messages : messages),
        'text/markdown;charset=utf-8',
      );
    } catch (error) {
      setJson({ format: 'Markdown', failed: asError(error) });
    }
  };
  const actions = [
    { label: 'Markdown', onSelect: () => void exportMarkdown() },
    { label: 'JSON', onSelect: () => void exportJson('JSON') },
    { label: 'HTML', onSelect: () => void exportJson('HTML') },
  ];
  return (
    <>
      {/* Mounted before it has anything to say, so that screen readers announce what comes; a
          live region, not a second `status` beside the find bar's (docs/contract.md). */}
      <span aria-live="polite" className="self-center text-slate-600 dark:text-slate-400">
        {json && 'pages' in json && json.pages > 0
          ? `Exporting ${json.format}: ${formatCount(json.done)} of ${formatCount(json.pages)} pages`
          : ''}
      </span>
      {json && 'failed' in json && (
        <FailureLine
          what={`${json.format} export failed`}
          error={json.failed}
          vendor={vendor}
          onRetry={() =>
            void (json.format === 'Markdown' ? exportMarkdown() : exportJson(json.format))
          }
          alert
          className="self-center text-rose-800 dark:text-rose-300"
        />
      )}
      <MenuButton label="Export" actions={actions} className={className} />
    </>
  );
}

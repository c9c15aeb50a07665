import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { failureNotice, pendingRetry, type Vendor } from '@/vendors/index.ts';
import type { TranscriptPages } from '@/transcript-loading/use-transcript-pages.ts';
import { visibleMessages } from '@/transcript/rows.ts';
import { ErrorAlert } from '@/components/error-alert.tsx';
import { RetryNotice } from '@/components/retry-notice.tsx';
import { ConversationRecord } from './conversation-details.tsx';
import { ThreadView } from './feed/thread-view.tsx';
import { FindBar } from './find/find-bar.tsx';
import { SearchHighlightContext } from './find/search-context.ts';
import { useFindBar } from './find/use-find-bar.ts';
import { useTranscriptSearch } from './find/use-transcript-search.ts';
import { useRedactedView } from './redaction/redacted-view.ts';
import { useRedaction } from './redaction/use-redaction.ts';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { ThreadHeader } from './thread-header.tsx';
import { ThreadNotes } from './thread-notes.tsx';
import { ThreadToolbar } from './thread-toolbar.tsx';
import { ToolReviewPanel } from './tool-review-panel.tsx';
import { useMessageLink } from './use-message-link.ts';
import { useRowLinks } from './use-row-links.ts';
import { useSearchNavigation } from './use-search-navigation.ts';
import { useThreadActions } from './use-thread-actions.ts';
import { useThreadKeys } from './use-thread-keys.ts';

/**
 * A transcript pane: header with progress, toolbar, find bar, the error (if any) above what
 * loaded, the feed, and the tool-call review panel. View state (what is open, the filter, the
 * search, where the view goes) lives here, above the virtualized rows.
 */
export function Thread({
  vendor,
  conversationId,
  pages,
  file,
}: {
  vendor: Vendor;
  conversationId: string;
  /** The transcript as loaded so far (transcript-loading/use-transcript-pages.ts). */
  pages: TranscriptPages;
  /**
   * The name of the file the transcript was read from (`/open`): nothing is then asked of the
   * vendor, so its record, insights, list and "Sample data" are left out.
   */
  file?: string;
}) {
  const { total, status } = pages;
  const redaction = useRedaction(vendor, conversationId, pages.messages);
  // The feed, search and Details read the redacted messages while "Show redacted" is on.
  const { messages, payload } = useRedactedView(redaction, pages.messages, pages.payload);
  const retry = pendingRetry(pages.retryingAfter);
  const loading = status === 'pending' || status === 'loading';
  const found = pages.messages.length > 0 || status === 'complete';
  const [conversationOnly, setConversationOnly] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const links = useRowLinks(messages, loading);
  const rows = useMemo(
    () => visibleMessages(messages, conversationOnly),
    [messages, conversationOnly],
  );
  const showAll = useCallback(() => setConversationOnly(false), []);
  const { target, open, setOpen, actions } = useThreadActions({
    messages,
    rows,
    payload,
    describe: vendor.messageDetails,
    showAll,
  });
  const { goTo } = actions;
  const search = useTranscriptSearch(messages);
  const findBar = useFindBar(search);
  // Rows mark matches after the status shows the count, in a render that typing can interrupt.
  const highlight = useDeferredValue(search.highlight);
  const link = useMessageLink(messages, loading, goTo);
  useSearchNavigation(search, goTo);
  const step = (delta: 1 | -1) => void search.step(delta);
  useThreadKeys({
    rows,
    goTo,
    openSearch: findBar.open,
    closeSearch: findBar.close,
    searchOpen: search.open,
    step,
    toggleHelp: () => setHelpOpen((o) => !o),
  });
  // The count is known only once the last page is in, not when loading stopped on an error.
  const messageCount = status === 'complete' ? pages.messages.length : (total ?? -1);
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <ThreadHeader
        vendor={vendor}
        conversationId={conversationId}
        count={pages.messages.length}
        loading={loading}
        total={total}
        file={file}
      />
      {file === undefined && (
        <ConversationRecord vendor={vendor} conversationId={conversationId} ready={found} />
      )}
      <ThreadToolbar
        vendor={vendor}
        conversationId={conversationId}
        messages={pages.messages}
        payload={pages.payload}
        redaction={redaction}
        toolCalls={links.pairs.length}
        conversationOnly={conversationOnly}
        onConversationOnly={setConversationOnly}
        reviewOpen={reviewOpen}
        onReviewOpen={setReviewOpen}
        setOpen={setOpen}
        onFind={findBar.open}
        onShortcuts={() => setHelpOpen(true)}
      />
      {search.open && (
        <FindBar
          search={search}
          inputRef={findBar.inputRef}
          loaded={search.searched}
          total={total}
          loading={loading}
          onStep={step}
          onClose={findBar.close}
        />
      )}
      {retry && <RetryNotice {...retry} />}
      {pages.error && (
        <ErrorAlert
          {...failureNotice(pages.error, vendor.label)}
          onRetry={pages.retry}
          retrying={pages.retrying}
        />
      )}
      <ThreadNotes
        vendor={vendor}
        pages={pages}
        goTo={goTo}
        missingMessage={link.missing ? link.highlightedId : undefined}
      />
      <div className="flex min-h-0 flex-1">
        <SearchHighlightContext value={highlight}>
          <ThreadView
            rows={rows}
            links={links}
            busy={loading}
            messageCount={messageCount}
            target={target}
            highlightedId={link.highlightedId}
            open={open}
            actions={actions}
          />
        </SearchHighlightContext>
        {reviewOpen && (
          <ToolReviewPanel
            pairs={links.pairs}
            messages={messages}
            goTo={goTo}
            onClose={() => setReviewOpen(false)}
          />
        )}
      </div>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </main>
  );
}

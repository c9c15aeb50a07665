import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Provider } from '../../providers/index.ts';
import type { Message } from '../../transcript/model.ts';
import { visibleMessages } from '../../transcript/rows.ts';
import { pairToolCalls, type ToolPair } from '../../transcript/tool-pairing.ts';
import { FindBar } from '../search/find-bar.tsx';
import { SearchHighlightContext } from '../search/search-context.ts';
import { useTranscriptSearch } from '../search/use-transcript-search.ts';
import { VendorErrorAlert } from '../shell/vendor-error-alert.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { ThreadHeader } from './thread-header.tsx';
import { ThreadNotes } from './thread-notes.tsx';
import { ThreadToolbar } from './thread-toolbar.tsx';
import { ThreadView, type ThreadViewHandle } from './thread-view.tsx';
import { ToolReviewPanel } from './tool-review-panel.tsx';
import { useMessageLink } from './use-message-link.ts';
import { useWarmMessageIndex } from './use-warm-message-index.ts';
import { useSearchNavigation } from './use-search-navigation.ts';
import { useThreadKeys } from './use-thread-keys.ts';
import { useSampled } from './use-sampled.ts';
import { markFirstPageShown, transcriptKey } from './first-page-shown.ts';
import { TranscriptSourceContext } from './message-source.ts';
import { useTranscript } from './use-transcript.ts';

const NO_MESSAGES: Message[] = [];
/** How often tool calls are paired again while pages are loading, ms. */
const PAIRING_EVERY_MS = 2000;

/**
 * A transcript pane: header with progress, toolbar, find bar, the error (if any) above what
 * loaded, the feed, and the tool-call review panel. View state (expanded cards, filters, the
 * search) lives here, above the virtualized rows.
 */
export function Thread({
  provider,
  conversationId,
}: {
  provider: Provider;
  conversationId: string;
}) {
  const { query, transcript, retry, loading } = useTranscript(provider, conversationId);
  const source = useMemo(() => ({ provider, conversationId }), [provider, conversationId]);
  const messages = transcript?.messages ?? NO_MESSAGES;
  const [conversationOnly, setConversationOnly] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const view = useRef<ThreadViewHandle>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const focusBeforeFind = useRef<Element | null>(null);
  // Pairing walks every message (≈ 30 ms at 100,000): while pages pour in, it catches up every
  // 2 s rather than with each batch shown; once loading ends it is exact.
  const pairedMessages = useSampled(messages, loading, PAIRING_EVERY_MS);
  const pairing = useMemo(() => pairToolCalls(pairedMessages), [pairedMessages]);
  const rows = useMemo(
    () => visibleMessages(messages, conversationOnly),
    [messages, conversationOnly],
  );
  const showAll = useCallback(() => setConversationOnly(false), []);
  const search = useTranscriptSearch(messages);
  // Rows mark matches after the status shows the count, in a render that typing can interrupt.
  const highlight = useDeferredValue(search.highlight);
  const link = useMessageLink(messages, loading, view, showAll);
  useWarmMessageIndex(messages, loading);
  useSearchNavigation(search, rows, view, showAll);
  // The page pump waits for the first page to be painted before handing over the next ones.
  const firstPageIn = transcript !== undefined;
  useEffect(() => {
    if (!firstPageIn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => markFirstPageShown(transcriptKey(provider.id, conversationId)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstPageIn, provider.id, conversationId]);
  // The last page changes the layout around a match or linked message (the progress bar goes).
  useEffect(() => {
    if (!loading) requestAnimationFrame(() => view.current?.repin());
  }, [loading]);

  const openSearch = () => {
    if (!search.open) {
      focusBeforeFind.current = document.activeElement;
      search.update({ open: true });
    }
    requestAnimationFrame(() => {
      findInput.current?.focus();
      findInput.current?.select();
    });
  };
  const closeSearch = () => {
    search.update({ open: false });
    const back = focusBeforeFind.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };
  const step = (delta: 1 | -1) => void search.step(delta);
  useThreadKeys({
    view,
    rows,
    openSearch,
    closeSearch,
    searchOpen: search.open,
    step,
    toggleHelp: () => setHelpOpen((o) => !o),
  });

  // The count is known only once the last page is in, not when loading stopped on an error.
  const complete = query.isSuccess && !query.hasNextPage && !loading;
  const setSize = complete ? messages.length : (transcript?.total ?? -1);
  const choose = (pair: ToolPair) => {
    if (!view.current?.reveal(pair.callMessageId, [pair.callKey])) {
      showAll();
      requestAnimationFrame(() => view.current?.reveal(pair.callMessageId, [pair.callKey]));
    }
  };
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <ThreadHeader
        provider={provider}
        conversationId={conversationId}
        count={messages.length}
        loading={loading}
        total={transcript?.total}
      />
      <ThreadToolbar
        title={`${provider.label} ${provider.noun} ${conversationId}`}
        messages={messages}
        toolCalls={pairing.pairs.length}
        conversationOnly={conversationOnly}
        onConversationOnly={setConversationOnly}
        reviewOpen={reviewOpen}
        onReviewOpen={setReviewOpen}
        setExpanded={setExpanded}
        onFind={openSearch}
        onShortcuts={() => setHelpOpen(true)}
      />
      {search.open && (
        <FindBar
          search={search}
          inputRef={findInput}
          loaded={search.searched}
          total={transcript?.total}
          loading={loading}
          onStep={step}
          onClose={closeSearch}
        />
      )}
      {query.error && (
        <VendorErrorAlert
          error={query.error}
          provider={provider}
          onRetry={retry}
          retrying={query.isFetching}
        />
      )}
      <ThreadNotes
        provider={provider}
        stalled={transcript?.stalled ?? false}
        empty={query.isSuccess && messages.length === 0 && !loading}
        missingMessage={link.missing ? link.highlightedId : undefined}
      />
      <div className="flex min-h-0 flex-1">
        <SearchHighlightContext value={highlight}>
          <TranscriptSourceContext value={source}>
            <ThreadView
              ref={view}
              rows={rows}
              busy={loading}
              setSize={setSize}
              pairing={pairing}
              expanded={expanded}
              setExpanded={setExpanded}
              highlightedId={link.highlightedId}
            />
          </TranscriptSourceContext>
        </SearchHighlightContext>
        {reviewOpen && (
          <ToolReviewPanel
            pairs={pairing.pairs}
            onChoose={choose}
            onClose={() => setReviewOpen(false)}
          />
        )}
      </div>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </main>
  );
}

import { useMemo, useRef, useState } from 'react';
import type { Provider } from '../../providers/index.ts';
import type { Message } from '../../transcript/model.ts';
import { visibleMessages } from '../../transcript/rows.ts';
import { pairToolCalls, type ToolPair } from '../../transcript/tool-pairing.ts';
import { VendorErrorAlert } from '../shell/vendor-error-alert.tsx';
import { ThreadHeader } from './thread-header.tsx';
import { ThreadToolbar } from './thread-toolbar.tsx';
import { ThreadView, type ThreadViewHandle } from './thread-view.tsx';
import { ToolReviewPanel } from './tool-review-panel.tsx';
import { useTranscript } from './use-transcript.ts';

const NO_MESSAGES: Message[] = [];

/**
 * A transcript pane: header with progress, toolbar, the error (if any) above what loaded, the
 * feed, and the tool-call review panel. View state (expanded cards, filters) lives here.
 */
export function Thread({
  provider,
  conversationId,
}: {
  provider: Provider;
  conversationId: string;
}) {
  const { query, retry, loading } = useTranscript(provider, conversationId);
  const messages = query.data?.messages ?? NO_MESSAGES;
  const [conversationOnly, setConversationOnly] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const view = useRef<ThreadViewHandle>(null);
  const pairing = useMemo(() => pairToolCalls(messages), [messages]);
  const rows = useMemo(
    () => visibleMessages(messages, conversationOnly),
    [messages, conversationOnly],
  );
  // The count is known only once the last page is in, not when loading stopped on an error.
  const complete = query.isSuccess && !query.hasNextPage && !loading;
  const setSize = complete ? messages.length : (query.data?.total ?? -1);
  const choose = (pair: ToolPair) => {
    // A call in a hidden tool message must be shown before the thread can scroll to it.
    if (conversationOnly) setConversationOnly(false);
    requestAnimationFrame(() => view.current?.reveal(pair.callMessageId, pair.callKey));
  };
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      <ThreadHeader
        provider={provider}
        conversationId={conversationId}
        count={messages.length}
        loading={loading}
        total={query.data?.total}
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
      />
      {query.error && (
        <VendorErrorAlert
          error={query.error}
          provider={provider}
          onRetry={retry}
          retrying={query.isFetching}
        />
      )}
      {query.data?.stalled && (
        <p
          role="note"
          className="border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm dark:bg-amber-950/60"
        >
          {provider.label} sent a page cursor it had sent before, so loading stopped here rather
          than loop: the transcript may be incomplete.
        </p>
      )}
      {query.isSuccess && messages.length === 0 && !loading && (
        <p className="p-6 text-slate-600 dark:text-slate-400">
          This {provider.noun} has no messages.
        </p>
      )}
      <div className="flex min-h-0 flex-1">
        <ThreadView
          ref={view}
          rows={rows}
          busy={loading}
          setSize={setSize}
          pairing={pairing}
          expanded={expanded}
          setExpanded={setExpanded}
        />
        {reviewOpen && (
          <ToolReviewPanel
            pairs={pairing.pairs}
            onChoose={choose}
            onClose={() => setReviewOpen(false)}
          />
        )}
      </div>
    </main>
  );
}

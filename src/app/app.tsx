import { lazy, Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Route, Routes } from 'react-router';
import { AppHeader } from './app-header.tsx';
import { CrashNotice } from './crash-notice.tsx';
import { HomePage } from '@/features/home/home-page.tsx';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { THREAD_PATH } from '@/features/thread/thread-pane.ts';
import { ThreadPage } from '@/features/thread/thread-page.tsx';

/**
 * The lists, a chunk of their own (filters, the virtualizer): a transcript's URL, which is
 * timed from navigation to its first message, does without them.
 */
const ConversationListPage = lazy(() =>
  import('@/features/conversations/conversation-list-page.tsx').then((m) => ({
    default: m.ConversationListPage,
  })),
);

/** The app: header and routes (docs/contract.md, "URLs"). */
export function App() {
  return (
    <div className="flex h-full flex-col">
      <AppHeader />
      <ErrorBoundary FallbackComponent={CrashNotice}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route
            path="/:vendor"
            element={
              <Suspense fallback={<p className="p-6 text-slate-600">Loading the list…</p>}>
                <ConversationListPage />
              </Suspense>
            }
          />
          <Route path={THREAD_PATH} element={<ThreadPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </div>
  );
}

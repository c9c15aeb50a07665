import { lazy, Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Route, Routes, useLocation } from 'react-router';
import { AppHeader } from './app-header.tsx';
import { CrashNotice } from './crash-notice.tsx';
import { HomePage } from '@/features/home/home-page.tsx';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { OpenFilePage } from '@/features/thread/open/open-file-page.tsx';
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
  // Going elsewhere leaves a crash behind: the next page renders afresh.
  const { pathname } = useLocation();
  return (
    <div className="flex h-full flex-col">
      <AppHeader />
      <ErrorBoundary FallbackComponent={CrashNotice} resetKeys={[pathname]}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/open" element={<OpenFilePage />} />
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

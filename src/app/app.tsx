import { ErrorBoundary } from 'react-error-boundary';
import { Route, Routes } from 'react-router';
import { AppHeader } from './app-header.tsx';
import { CrashNotice } from './crash-notice.tsx';
import { ConversationListPage } from '@/features/conversations/conversation-list-page.tsx';
import { HomePage } from '@/features/home/home-page.tsx';
import { NotFoundPage } from '@/components/not-found-page.tsx';
import { THREAD_PATH } from '@/features/thread/thread-pane.ts';
import { ThreadPage } from '@/features/thread/thread-page.tsx';

/** The app: header and routes (docs/contract.md, "URLs"). */
export function App() {
  return (
    <div className="flex h-full flex-col">
      <AppHeader />
      <ErrorBoundary FallbackComponent={CrashNotice}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/:vendor" element={<ConversationListPage />} />
          <Route path={THREAD_PATH} element={<ThreadPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </div>
  );
}

import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { OfflineApp, OfflineFailure } from '@/app/offline-app.tsx';
import { createQueryClient } from '@/app/query-client.ts';
import { keepOfflineTemplate, pageTemplate, TRANSCRIPT_DATA_ID } from '@/lib/offline-html.ts';
import { readTranscriptExport } from '@/transcript-loading/export-reader.ts';
import '@/index.css';

// The HTML export's page (offline.html): shows the JSON export it carries, offline.

// Kept before anything changes the page: an HTML export made in it writes this page again.
keepOfflineTemplate(pageTemplate(document));

const element = document.getElementById('root');
if (!element) throw new Error('offline.html has no #root element');
const root = createRoot(element);
const data = document.getElementById(TRANSCRIPT_DATA_ID)?.textContent ?? 'null';

readTranscriptExport(data).then(
  (read) => {
    document.title = `${read.conversationId} – transcript`;
    root.render(
      <StrictMode>
        <QueryClientProvider client={createQueryClient()}>
          {/* In memory: a file:// page has no server to route to. Its query still opens it at a
              message or a search (`?message=`, `?q=`), as the app's URL does. */}
          <MemoryRouter initialEntries={[{ pathname: '/', search: location.search }]}>
            <OfflineApp read={read} />
          </MemoryRouter>
        </QueryClientProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => root.render(<OfflineFailure error={error} />),
);

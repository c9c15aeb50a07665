import { useEffect, useState } from 'react';

/** The route of one transcript: a vendor and the id as one percent-encoded path segment. */
export const THREAD_PATH = '/:vendor/:conversationId';

type ThreadModule = typeof import('./thread.tsx');
let threadModule: Promise<ThreadModule> | undefined;
let loadedThread: ThreadModule['Thread'] | undefined;

/**
 * The transcript pane (a chunk of its own: Markdown, GFM, the virtualizer), loaded once however
 * often it is asked for; asked for again after a failed download.
 * @throws (rejects with) the browser's error when the chunk cannot be loaded.
 */
export function loadThread(): Promise<ThreadModule> {
  threadModule ??= import('./thread.tsx').then(
    (m) => {
      loadedThread = m.Thread;
      return m;
    },
    (error: unknown) => {
      threadModule = undefined;
      throw error;
    },
  );
  return threadModule;
}

/**
 * The pane's component once its chunk is in, else undefined (and the chunk is asked for). Not
 * `React.lazy`: a Suspense boundary that has shown its fallback holds the content back for
 * about 300 ms more, which was most of the time from the first page to the first message
 * (docs/performance.md, "First message").
 * @throws the download's error, during render, for the app's error boundary (its Retry asks
 *   again).
 */
export function useThreadPane(): ThreadModule['Thread'] | undefined {
  const [pane, setPane] = useState(() => loadedThread);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    if (pane) return;
    let live = true;
    loadThread().then(
      (m) => live && setPane(() => m.Thread),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [pane]);
  if (failure !== undefined) throw failure;
  return pane;
}

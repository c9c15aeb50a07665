import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Provider } from '../../providers/index.ts';
import type { Message, MessageDetail } from '../../transcript/model.ts';

/** The transcript a thread shows, for rows that need to go back to the vendor. */
export interface TranscriptSource {
  provider: Provider;
  conversationId: string;
}

/** Provided by the thread (thread.tsx) around its rows. */
export const TranscriptSourceContext = createContext<TranscriptSource | null>(null);

/** A message's vendor payload and details, as {@link useMessageSource} finds them. */
export type MessageSourceState =
  | { status: 'ready'; raw: unknown; details: MessageDetail[] }
  | { status: 'loading' }
  | { status: 'error'; message: string };

/**
 * The vendor payload and details of `message`: at once when the message still has them, else
 * from its page fetched again (`message.sourcePage`; history does not change, so the page read
 * again holds the same item). A thread keeps only what it shows (page-worker/lean.ts).
 * @returns `error` when the page fails, or no longer holds the message at its place.
 */
export function useMessageSource(message: Message): MessageSourceState {
  const transcript = useContext(TranscriptSourceContext);
  const page = message.raw === undefined ? message.sourcePage : undefined;
  const cursor = page?.cursor ?? null;
  const query = useQuery({
    queryKey: ['message-page', transcript?.provider.id, transcript?.conversationId, cursor],
    // Not abortable: one page, and a row that scrolls out and back (or StrictMode's second
    // mount) would otherwise cancel it and ask again.
    queryFn: () => {
      if (!transcript) throw new Error('No transcript to fetch the message from');
      return transcript.provider.fetchMessages(transcript.conversationId, cursor);
    },
    enabled: page !== undefined && transcript !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!page) return { status: 'ready', raw: message.raw, details: message.details ?? [] };
  if (query.isError) return { status: 'error', message: query.error.message };
  if (!query.data) return { status: 'loading' };
  const found = query.data.messages[message.sourceIndex ?? -1];
  if (found?.id !== message.id) {
    return { status: 'error', message: 'The vendor no longer sends this message at its place.' };
  }
  return { status: 'ready', raw: found.raw, details: found.details ?? [] };
}

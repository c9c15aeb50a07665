import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Message, MessagePage } from '@/transcript/model.ts';
import type { PageSource } from './page-source.ts';

/** Where the payload of a transcript's message can be had again: its source and page cursor. */
export interface PayloadSource {
  source: PageSource;
  /** The cursor of the page a message was read from; undefined for a message not loaded. */
  cursorOf: (message: Message) => string | null | undefined;
  /** What Details shows of a payload, when not the payload itself (the redacted view's). */
  shown?: (raw: unknown) => unknown;
}

/** A message's vendor payload, as {@link useMessagePayload} finds it. */
export type PayloadState =
  { status: 'ready'; raw: unknown } | { status: 'loading' } | { status: 'error'; message: string };

/**
 * One page of `source` fetched again for its payloads, keyed
 * `['message-page', ...source.key, cursor]`: fetched once and kept (history does not change).
 * Details and the JSON export share it.
 */
export function messagePageQuery(source: PageSource, cursor: string | null) {
  return queryOptions({
    queryKey: ['message-page', ...source.key, cursor],
    // Not aborted when the reader moves on: a row that scrolls out and back would ask again.
    queryFn: () => source.fetchPage(cursor, new AbortController().signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const payloadMaps = new WeakMap<MessagePage, ReadonlyMap<string, unknown>>();

/**
 * The vendor payload of each message of a fetched page, by message id (the first of an id
 * wins), built once per page: what Details and the JSON export look a message up in.
 */
export function payloadsById(page: MessagePage): ReadonlyMap<string, unknown> {
  let map = payloadMaps.get(page);
  if (!map) {
    const byId = new Map<string, unknown>();
    page.messages.forEach((m, i) => {
      if (!byId.has(m.id)) byId.set(m.id, page.items[i]);
    });
    payloadMaps.set(page, byId);
    map = byId;
  }
  return map;
}

/**
 * The vendor's payload of `message`, exactly as received (or as `from.shown` shows it). The transcript keeps no payloads
 * (transcript.ts), so the message's page is fetched again from its source, once (history does
 * not change): from the vendor through the proxy, or at once from memory.
 * @returns `error` when the page fails, or no longer holds the message.
 */
export function useMessagePayload(from: PayloadSource, message: Message): PayloadState {
  const cursor = from.cursorOf(message);
  const query = useQuery({
    ...messagePageQuery(from.source, cursor ?? null),
    enabled: cursor !== undefined,
  });
  if (cursor === undefined)
    return { status: 'error', message: 'The message is on no page loaded.' };
  if (query.isError) return { status: 'error', message: query.error.message };
  if (!query.data) return { status: 'loading' };
  const payloads = payloadsById(query.data);
  if (!payloads.has(message.id))
    return { status: 'error', message: 'Its page no longer holds this message.' };
  const raw = payloads.get(message.id);
  return { status: 'ready', raw: from.shown ? from.shown(raw) : raw };
}

import type { HttpClient } from '@/api/http-client.ts';
import { recordFields } from '../details.ts';
import { getBody, getParsed, type VendorFetch } from '../get-parsed.ts';
import { unlessNotFound } from '../find.ts';
import type { ConversationSummary, Vendor, VendorErrorInfo } from '../types.ts';
import { readMoveworksPage } from './messages-page.ts';
import {
  moveworksConversationSchema,
  moveworksConversationsPageSchema,
  moveworksErrorSchema,
  moveworksMessagesPageSchema,
  type MoveworksConversation,
} from './wire.ts';

const PREFIX = '/api/moveworks';
const MAX_PAGE_SIZE = 100;

function readError(body: unknown): VendorErrorInfo | undefined {
  const parsed = moveworksErrorSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { message, code } = parsed.data.error;
  // An expired cursor: the transcript is read again from page 1 (docs/vendor-notes.md §3.5).
  return { message, code, cursorExpired: code === 'INVALID_CURSOR' };
}

/** One conversation of the list as a row: its title, else its id. */
function moveworksSummary(c: MoveworksConversation): ConversationSummary {
  return {
    id: c.conversation_id,
    title: c.title || c.conversation_id,
    subtitle: c.title ? c.conversation_id : undefined,
    createdAt: c.created_at ?? undefined,
    updatedAt: c.updated_at ?? undefined,
  };
}

function withCursor(path: string, cursor: string | null): string {
  return cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path;
}

/**
 * Moveworks Conversations API, beta (docs/vendor-notes.md §3): `GET /conversations` (the
 * archived ones with `archived=true`),
 * `/conversations/{id}` and `/conversations/{id}/messages`, paged by `limit` (at most 100) and `metadata.next_cursor`,
 * newest first. Pages are requested one at a time, as the vendor asks (§3.4 step 7).
 */
export function createMoveworksVendor(http: HttpClient): Vendor {
  const fetcher: VendorFetch = {
    http,
    label: 'Moveworks',
    readError,
    requestIdHeader: 'x-moveworks-root-uuid',
  };
  return {
    id: 'moveworks',
    label: fetcher.label,
    noun: 'conversation',
    endUserName: 'End user',
    identityFields: ['display_name'],
    findHint: 'a conversation id, e.g. conv_32bt7BMLhLyVzTUjfi35N',
    messagePageSize: MAX_PAGE_SIZE,
    listFilters: { q: 'loaded', from: 'loaded', to: 'loaded', archived: 'vendor' },
    async listConversations(cursor, filters, signal) {
      const archived = filters.archived ? '&archived=true' : '';
      const path = withCursor(`${PREFIX}/conversations?limit=${MAX_PAGE_SIZE}${archived}`, cursor);
      const page = await getParsed(fetcher, path, moveworksConversationsPageSchema, signal);
      return {
        items: page.conversations.map(moveworksSummary),
        nextCursor: page.metadata?.next_cursor || null,
      };
    },
    async findConversations(text, signal) {
      const path = `${PREFIX}/conversations/${encodeURIComponent(text)}`;
      const schema = moveworksConversationSchema;
      const found = await unlessNotFound(() => getBody(fetcher, path, schema, signal));
      return found ? [moveworksSummary(found.parsed)] : [];
    },
    async fetchConversation(conversationId, signal) {
      const path = `${PREFIX}/conversations/${encodeURIComponent(conversationId)}`;
      const { body } = await getBody(fetcher, path, moveworksConversationSchema, signal);
      return { fields: recordFields(body), raw: body };
    },
    async fetchMessages(conversationId, cursor, signal) {
      const base = `${PREFIX}/conversations/${encodeURIComponent(conversationId)}/messages?limit=${MAX_PAGE_SIZE}`;
      const path = withCursor(base, cursor);
      const page = await getParsed(fetcher, path, moveworksMessagesPageSchema, signal);
      return {
        ...(await readMoveworksPage(page, cursor ?? 'first')),
        nextCursor: page.metadata?.next_cursor || null,
      };
    },
    // Everything a Moveworks message says is in the model already.
    messageDetails: () => [],
  };
}

import { z } from 'zod';
import type { HttpClient } from '@/api/http-client.ts';
import { isTrue, recordFields } from '../details.ts';
import { getBody, getParsed, type VendorFetch } from '../get-parsed.ts';
import { unlessNotFound } from '../find.ts';
import type { ConversationSummary, Vendor, VendorErrorInfo } from '../types.ts';
import { telnyxListParams } from './list-query.ts';
import { readTelnyxPage } from './messages-page.ts';
import { telnyxMessageDetails } from './normalize.ts';
import {
  telnyxConversationSchema,
  telnyxConversationsPageSchema,
  type TelnyxConversation,
  telnyxFastApiErrorSchema,
  telnyxInsightsSchema,
  telnyxMessagesPageSchema,
  telnyxPlatformErrorSchema,
} from './wire.ts';

const PREFIX = '/api/telnyx';
/** `GET /ai/conversations/{id}` → `{data: Conversation}` (docs/vendor-notes.md §2.2). */
const telnyxConversationRecordSchema = z.looseObject({ data: telnyxConversationSchema });
const MAX_PAGE_SIZE = 100;
const LIST_LIMIT = 200;
/** A Telnyx conversation id (§2.3). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readError(body: unknown): VendorErrorInfo | undefined {
  const platform = telnyxPlatformErrorSchema.safeParse(body);
  if (platform.success) {
    const first = platform.data.errors[0];
    const message = [first?.title, first?.detail].filter(Boolean).join(': ') || 'Error';
    const code = first?.code;
    return {
      message,
      code: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    };
  }
  const fastApi = telnyxFastApiErrorSchema.safeParse(body);
  if (!fastApi.success) return undefined;
  const detail = fastApi.data.detail;
  if (typeof detail === 'string') return { message: detail };
  return { message: detail.map((d) => `${(d.loc ?? []).join('.')}: ${d.msg}`).join('; ') };
}

/** A metadata value as text, when it is a non-empty string. */
function text(metadata: Record<string, unknown> | null | undefined, key: string) {
  const value = metadata?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** One conversation of the list as a row: its name, else its end user, else its id. */
function telnyxSummary(c: TelnyxConversation): ConversationSummary {
  const endUser = text(c.metadata, 'telnyx_end_user_target');
  const channel = text(c.metadata, 'telnyx_conversation_channel');
  return {
    id: c.id,
    title: c.name || endUser || c.id,
    subtitle: c.id,
    createdAt: c.created_at ?? undefined,
    updatedAt: c.last_message_at ?? undefined,
    channel,
    endUser,
    assistant: text(c.metadata, 'assistant_id'),
    ...(String(c.metadata?.ai_disabled).toLowerCase() === 'true' ? { aiDisabled: true } : {}),
  };
}

/**
 * Telnyx AI Conversations (docs/vendor-notes.md §2): one conversation's record and insights; the
 * list by keyset on `last_message_at` (it has no page params, §2.5; `lte`, so conversations
 * sharing the boundary time are not skipped, and the list drops the repeats), messages by `page[number]`/`page[size]` (at most 100) until
 * `meta.page_number >= meta.total_pages` or an empty page, newest first.
 */
export function createTelnyxVendor(http: HttpClient): Vendor {
  const fetcher: VendorFetch = { http, label: 'Telnyx AI', readError };
  const vendor: Vendor = {
    id: 'telnyx',
    label: fetcher.label,
    noun: 'conversation',
    endUserName: 'End user',
    identityFields: ['telnyx_end_user_target'],
    findHint: 'a conversation id, or a call_control_id such as v3:…',
    messagePageSize: MAX_PAGE_SIZE,
    listFilters: {
      q: 'vendor',
      from: 'vendor',
      to: 'vendor',
      channel: 'vendor',
      assistant: 'vendor',
      user: 'vendor',
      metadata: 'vendor',
      order: 'vendor',
    },
    async listConversations(cursor, filters, signal) {
      const order = filters.order ?? 'last_message_at.desc';
      const byCreation = order.startsWith('created_at');
      const column = byCreation ? 'created_at' : 'last_message_at';
      const query = new URLSearchParams([
        ['limit', String(LIST_LIMIT)],
        ['order', order],
        ...telnyxListParams(filters),
      ]);
      // Keyset paging on the order's column; inclusive, so rows sharing the boundary time are
      // not skipped (the list drops the repeats).
      if (cursor) query.append(column, `${order.endsWith('.desc') ? 'lte' : 'gte'}.${cursor}`);
      const path = `${PREFIX}/ai/conversations?${query}`;
      const page = await getParsed(fetcher, path, telnyxConversationsPageSchema, signal);
      const lastRow = page.data.at(-1);
      const last = byCreation ? lastRow?.created_at : lastRow?.last_message_at;
      return {
        items: page.data.map(telnyxSummary),
        nextCursor: page.data.length === LIST_LIMIT && last ? last : null,
      };
    },
    async findConversations(text, signal) {
      if (UUID.test(text)) {
        const path = `${PREFIX}/ai/conversations/${encodeURIComponent(text)}`;
        const schema = telnyxConversationRecordSchema;
        const found = await unlessNotFound(() => getBody(fetcher, path, schema, signal));
        return found ? [telnyxSummary(found.parsed.data)] : [];
      }
      // Not an id: the call's `call_control_id`, as webhooks and call logs give it (§2.3).
      const metadata = { key: 'call_control_id', value: text };
      return (await vendor.listConversations(null, { metadata }, signal)).items;
    },
    async fetchConversation(conversationId, signal) {
      const path = `${PREFIX}/ai/conversations/${encodeURIComponent(conversationId)}`;
      const { body } = await getBody(fetcher, path, telnyxConversationRecordSchema, signal);
      const record = typeof body === 'object' && body !== null && 'data' in body ? body.data : {};
      const fields = recordFields(record, { spread: 'metadata' }).map((f) =>
        // Reserved metadata: the assistant no longer answers (docs/vendor-notes.md §2.3).
        f.name === 'ai_disabled' && isTrue(f) ? { ...f, says: 'AI switched off' } : f,
      );
      return { fields, raw: body };
    },
    async fetchInsights(conversationId, signal) {
      const path = `${PREFIX}/ai/conversations/${encodeURIComponent(conversationId)}/conversations-insights`;
      const runs = await getParsed(fetcher, path, telnyxInsightsSchema, signal);
      return runs.data.map((run) => ({
        id: run.id,
        status: run.status,
        createdAt: run.created_at ?? undefined,
        insights: (run.conversation_insights ?? []).map((i) => ({
          id: i.insight_id,
          result: i.result,
        })),
      }));
    },
    async fetchMessages(conversationId, cursor, signal) {
      const number = cursor ?? '1';
      const path = `${PREFIX}/ai/conversations/${encodeURIComponent(conversationId)}/messages?page[number]=${number}&page[size]=${MAX_PAGE_SIZE}`;
      const page = await getParsed(fetcher, path, telnyxMessagesPageSchema, signal);
      const { page_number, total_pages } = page.meta;
      const done = page.data.length === 0 || page_number >= total_pages;
      return { ...readTelnyxPage(page), nextCursor: done ? null : String(page_number + 1) };
    },
    cursorOfPage: (page) => String(page),
    messageDetails: telnyxMessageDetails,
  };
  return vendor;
}

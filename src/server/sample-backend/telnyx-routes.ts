import { readBearerToken } from './auth.ts';
import type { SampleCredentials } from './credentials.ts';
import { ALLOW_HEADER, isReadMethod, type Reply, type RequestContext } from './http-reply.ts';
import { newestFirstPage } from './paging.ts';
import type { SampleStore } from './store.ts';
import { listTelnyxConversations } from './telnyx-list.ts';
import {
  CONVERSATION_NOT_FOUND,
  readIntQuery,
  telnyxPlatformError,
  validationFailed,
  type ValidationIssue,
} from './telnyx-validation.ts';

/**
 * Constant rate-limit headers (docs/vendor-notes.md §2.6: `x-ratelimit-reset` is seconds until reset).
 * The sample backend never limits; the headers exist so a proxy's parsing of them is exercised.
 */
const RATE_LIMIT_HEADERS: Record<string, string> = {
  'x-ratelimit-limit': '200',
  'x-ratelimit-remaining': '199',
  'x-ratelimit-reset': '60',
};

/** The path segment of a conversation's insights: Telnyx spells it so (§2.2). */
const INSIGHTS = 'conversations-insights';

/**
 * Answers a request under `/telnyx/v2` like api.telnyx.com/v2 (docs/vendor-notes.md §2.2–§2.6):
 * `GET /ai/conversations`, `/ai/conversations/{id}` → `{data: Conversation}`,
 * `/ai/conversations/{id}/messages` → `{data, meta:{total_pages, total_results, page_number,
 * page_size}}` newest first, and `/ai/conversations/{id}/conversations-insights`. Errors: 401 `{errors:[{code:"10009",…}]}`, 404
 * `{detail:"Conversation Not Found"}`, 422 FastAPI `{detail:[…]}`, 405 `{detail:"Method Not
 * Allowed"}`, unknown path 404 `{errors:[{code:"10005",…}]}`. Every reply has `x-ratelimit-*`.
 */
export function handleTelnyx(
  ctx: RequestContext,
  store: SampleStore['telnyx'],
  credentials: SampleCredentials['telnyx'],
): Reply {
  const reply = route(ctx, store, credentials);
  return { ...reply, headers: { ...reply.headers, ...RATE_LIMIT_HEADERS } };
}

function route(
  ctx: RequestContext,
  store: SampleStore['telnyx'],
  credentials: SampleCredentials['telnyx'],
): Reply {
  if (readBearerToken(ctx.headers) !== credentials.apiKey) {
    const detail = 'The API key provided is invalid or missing.';
    return telnyxPlatformError(401, '10009', 'Authentication failed', detail);
  }
  const [ai, collection, id, sub, ...rest] = ctx.segments;
  const known =
    ai === 'ai' &&
    collection === 'conversations' &&
    (sub === undefined || sub === 'messages' || sub === INSIGHTS) &&
    rest.length === 0;
  if (!known) {
    const detail = 'The requested resource or URL could not be found.';
    return telnyxPlatformError(404, '10005', 'Resource not found', detail);
  }
  if (!isReadMethod(ctx.method)) {
    return { status: 405, body: { detail: 'Method Not Allowed' }, headers: ALLOW_HEADER };
  }
  if (id === undefined) return listTelnyxConversations(ctx, store);
  if (sub === undefined) {
    const record = store.byId.get(id);
    return record ? { status: 200, body: { data: record.conversation } } : CONVERSATION_NOT_FOUND;
  }
  if (sub === INSIGHTS) return listInsights(store, id);
  return listMessages(ctx, store, id);
}

/**
 * `GET /ai/conversations/{id}/conversations-insights` (docs/vendor-notes.md §2.2): every run,
 * `{data, meta}`, on one page (the endpoint takes no paging parameters).
 */
function listInsights(store: SampleStore['telnyx'], id: string): Reply {
  const record = store.byId.get(id);
  if (record === undefined) return CONVERSATION_NOT_FOUND;
  const data = record.insights ?? [];
  const meta = {
    total_pages: 1,
    total_results: data.length,
    page_number: 1,
    page_size: Math.max(20, data.length),
  };
  return { status: 200, body: { data, meta } };
}

/**
 * `GET /ai/conversations/{id}/messages` (docs/vendor-notes.md §2.4, §2.5): `page[number]` ≥ 1
 * (default 1), `page[size]` 1..100 (default 20); newest first, offset paging in that order.
 * FastAPI validates the query before the handler runs, so a bad query is 422 even for an
 * unknown conversation.
 */
function listMessages(ctx: RequestContext, store: SampleStore['telnyx'], id: string): Reply {
  const issues: ValidationIssue[] = [];
  const number = readIntQuery(ctx.query, 'page[number]', { fallback: 1, min: 1 }, issues);
  const size = readIntQuery(ctx.query, 'page[size]', { fallback: 20, min: 1, max: 100 }, issues);
  if (issues.length > 0) return validationFailed(issues);
  const record = store.byId.get(id);
  if (record === undefined) return CONVERSATION_NOT_FOUND;
  const total = record.messages.length;
  const data = newestFirstPage(record.messages, (number - 1) * size, size);
  const meta = {
    total_pages: Math.ceil(total / size),
    total_results: total,
    page_number: number,
    page_size: size,
  };
  return { status: 200, body: { data, meta } };
}

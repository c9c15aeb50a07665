import { readBearerToken, readHeader } from './auth.ts';
import type { SampleCredentials } from './credentials.ts';
import { ALLOW_HEADER, isReadMethod, type Reply, type RequestContext } from './http-reply.ts';
import { decodePageToken, encodePageToken, newestFirstPage, parseIntegerParam } from './paging.ts';
import type { TokenIssuer } from './moveworks-oauth.ts';
import type { SampleStore } from './store.ts';

/** Moveworks error envelope `{error:{code, message}}` (docs/vendor-notes.md §3.5). */
function moveworksError(status: number, code: string, message: string): Reply {
  return { status, body: { error: { code, message } } };
}

const INVALID_CURSOR = moveworksError(
  400,
  'INVALID_CURSOR',
  'The provided cursor is invalid or expired.',
);

let traceCounter = 0;

/**
 * A UUID-shaped trace id for `x-moveworks-root-uuid` (docs/vendor-notes.md §3.1); a counter rather than
 * randomness so runs are reproducible.
 */
function nextRootUuid(): string {
  traceCounter++;
  return `00000000-0000-4000-8000-${traceCounter.toString(16).padStart(12, '0')}`;
}

/**
 * Answers a request under `/moveworks/rest/v1beta1` like api.moveworks.ai (docs/vendor-notes.md
 * §3.2–§3.5): `GET /conversations` (`cursor`, `limit` 1..100 default 20, `archived` default
 * false; by `updated_at` desc), `/conversations/{id}` → Conversation, and
 * `/conversations/{id}/messages` (`cursor`, `limit`) newest first, each next page older.
 * Lists answer `{<key>: [...], metadata:{next_cursor: string|null}}`. Errors
 * `{error:{code,message}}`: 401 UNAUTHORIZED, 403 FORBIDDEN (bad `Assistant-Name`),
 * 400 INVALID_INPUT / INVALID_CURSOR, 404 NOT_FOUND, 405 METHOD_NOT_ALLOWED.
 * Every reply carries `x-moveworks-root-uuid`.
 */
export function handleMoveworks(
  ctx: RequestContext,
  store: SampleStore['moveworks'],
  credentials: SampleCredentials['moveworks'],
  tokens: TokenIssuer,
): Reply {
  const reply = route(ctx, store, credentials, tokens);
  return { ...reply, headers: { ...reply.headers, 'x-moveworks-root-uuid': nextRootUuid() } };
}

function route(
  ctx: RequestContext,
  store: SampleStore['moveworks'],
  credentials: SampleCredentials['moveworks'],
  tokens: TokenIssuer,
): Reply {
  if (!tokens.accepts(readBearerToken(ctx.headers))) {
    return moveworksError(401, 'UNAUTHORIZED', 'Missing, invalid or expired access token');
  }
  if (readHeader(ctx.headers, 'assistant-name') !== credentials.assistantName) {
    return moveworksError(403, 'FORBIDDEN', 'Invalid assistant');
  }
  const [collection, id, sub, ...rest] = ctx.segments;
  const known =
    collection === 'conversations' &&
    (sub === undefined || sub === 'messages') &&
    rest.length === 0;
  if (!known) return moveworksError(404, 'NOT_FOUND', 'Resource not found');
  if (!isReadMethod(ctx.method)) {
    const reply = moveworksError(405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
    return { ...reply, headers: ALLOW_HEADER };
  }
  const limit = readLimit(ctx.query);
  if (limit === null) {
    return moveworksError(400, 'INVALID_INPUT', 'limit must be an integer between 1 and 100');
  }
  if (id === undefined) {
    const archivedRaw = ctx.query.get('archived') ?? 'false';
    if (archivedRaw !== 'true' && archivedRaw !== 'false') {
      return moveworksError(400, 'INVALID_INPUT', 'archived must be true or false');
    }
    const list = archivedRaw === 'true' ? store.archived : store.active;
    return cursorPage(
      ctx,
      'conversations',
      `conversations:archived=${archivedRaw}`,
      limit,
      (o) => list.slice(o, o + limit),
      list.length,
    );
  }
  const record = store.byId.get(id);
  if (record === undefined) return moveworksError(404, 'NOT_FOUND', 'Conversation not found');
  if (sub === undefined) return { status: 200, body: record.conversation };
  const messages = record.messages;
  return cursorPage(
    ctx,
    'messages',
    `messages:${id}`,
    limit,
    (o) => newestFirstPage(messages, o, limit),
    messages.length,
  );
}

/** `limit` 1..100, default 20 (docs/vendor-notes.md §3.2, §3.4); `null` when out of range or not an integer. */
function readLimit(query: URLSearchParams): number | null {
  const raw = query.get('limit');
  if (raw === null) return 20;
  const limit = parseIntegerParam(raw);
  return limit !== null && limit >= 1 && limit <= 100 ? limit : null;
}

/**
 * One cursor page `{[key]: items, metadata:{next_cursor}}`. The cursor encodes the offset and the
 * list it belongs to, so a cursor from another conversation or list is INVALID_CURSOR.
 */
function cursorPage(
  ctx: RequestContext,
  key: 'conversations' | 'messages',
  list: string,
  limit: number,
  pageAt: (offset: number) => unknown[],
  total: number,
): Reply {
  const cursor = ctx.query.get('cursor');
  const offset = cursor === null || cursor === '' ? 0 : decodePageToken(cursor, list);
  if (offset === null) return INVALID_CURSOR;
  const next = offset + limit < total ? encodePageToken({ list, offset: offset + limit }) : null;
  return { status: 200, body: { [key]: pageAt(offset), metadata: { next_cursor: next } } };
}

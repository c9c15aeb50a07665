import { readBasicAuth } from './auth.ts';
import type { SampleCredentials } from './credentials.ts';
import { ALLOW_HEADER, isReadMethod, type Reply, type RequestContext } from './http-reply.ts';
import { decodePageToken, encodePageToken, parseIntegerParam } from './paging.ts';
import type { SampleStore } from './store.ts';

/** Legacy Twilio error body `{code, message, more_info, status}` (docs/vendor-notes.md §1.7). */
function twilioError(status: number, code: number, message: string): Reply {
  const body = { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
  return status === 401
    ? { status, body, headers: { 'www-authenticate': 'Basic realm="Twilio API"' } }
    : { status, body };
}

const notFound = (resource: string): Reply =>
  twilioError(404, 20404, `The requested resource ${resource} was not found`);
const invalidParam = (message: string): Reply => twilioError(400, 20001, message);

/**
 * Answers a request under `/twilio` like assistants.twilio.com (docs/vendor-notes.md §1.2–§1.7):
 * `GET /v1/Sessions`, `/v1/Sessions/{id}`, `/v1/Sessions/{id}/Messages`. Lists page with
 * `PageSize` (1..1000, default 50), `Page` (≥ 0, client state only) and an opaque `PageToken`;
 * `meta` URLs are absolute, built from the Host header. Errors use the legacy body:
 * 401 code 20003 (with `WWW-Authenticate`), 404 code 20404, 400 code 20001, 405 code 20004.
 * Every reply carries `Twilio-Request-Id` (docs/vendor-notes.md §1.7).
 */
export function handleTwilio(
  ctx: RequestContext,
  store: SampleStore['twilio'],
  credentials: SampleCredentials['twilio'],
): Reply {
  const reply = route(ctx, store, credentials);
  return { ...reply, headers: { ...reply.headers, 'twilio-request-id': nextRequestId() } };
}

let requestCounter = 0;

/** An `RQ` + 32 hex digits request id, as Twilio sends; a counter so runs are reproducible. */
function nextRequestId(): string {
  requestCounter++;
  return `RQ${requestCounter.toString(16).padStart(32, '0')}`;
}

function route(
  ctx: RequestContext,
  store: SampleStore['twilio'],
  credentials: SampleCredentials['twilio'],
): Reply {
  const auth = readBasicAuth(ctx.headers);
  if (auth?.username !== credentials.accountSid || auth.password !== credentials.authToken) {
    return twilioError(401, 20003, 'Authenticate');
  }
  const [version, collection, id, sub, ...rest] = ctx.segments;
  const known =
    version === 'v1' &&
    collection === 'Sessions' &&
    (sub === undefined || sub === 'Messages') &&
    rest.length === 0;
  if (!known) return notFound(`/${ctx.segments.join('/')}`);
  if (!isReadMethod(ctx.method)) {
    return { ...twilioError(405, 20004, 'Method not allowed'), headers: ALLOW_HEADER };
  }
  if (id === undefined) {
    return listPage(ctx, 'sessions', 'sessions', '/twilio/v1/Sessions', store.sessions);
  }
  const record = store.byId.get(id);
  if (record === undefined) {
    return notFound(sub === undefined ? `/Sessions/${id}` : `/Sessions/${id}/Messages`);
  }
  if (sub === undefined) return { status: 200, body: record.session };
  const path = `/twilio/v1/Sessions/${encodeURIComponent(id)}/Messages`;
  return listPage(ctx, 'messages', `messages:${id}`, path, record.messages);
}

/**
 * One page of a Twilio list envelope `{[key]: items, meta}` (docs/vendor-notes.md §1.3, §1.6).
 * The PageToken carries the offset and the list's name, so a token from another list is a 400.
 */
function listPage<T>(
  ctx: RequestContext,
  key: 'sessions' | 'messages',
  list: string,
  path: string,
  items: readonly T[],
): Reply {
  const sizeRaw = ctx.query.get('PageSize');
  const size = sizeRaw === null ? 50 : parseIntegerParam(sizeRaw);
  if (size === null || size < 1 || size > 1000) {
    return invalidParam('Invalid PageSize: must be an integer between 1 and 1000');
  }
  const pageRaw = ctx.query.get('Page');
  const page = pageRaw === null ? 0 : parseIntegerParam(pageRaw);
  if (page === null || page < 0) {
    return invalidParam('Invalid Page: must be an integer greater than or equal to 0');
  }
  const token = ctx.query.get('PageToken');
  const offset = token === null ? 0 : decodePageToken(token, list);
  if (offset === null)
    return invalidParam('Invalid PageToken: it is malformed or from another list');

  const pageUrl = (pageNumber: number, at: number | null): string => {
    const params = new URLSearchParams({ PageSize: String(size), Page: String(pageNumber) });
    if (at !== null) params.set('PageToken', encodePageToken({ list, offset: at }));
    return `http://${ctx.host}${path}?${params.toString()}`;
  };
  const hasNext = offset + size < items.length;
  const meta = {
    first_page_url: pageUrl(0, null),
    key,
    next_page_url: hasNext ? pageUrl(page + 1, offset + size) : null,
    page,
    page_size: size,
    previous_page_url:
      offset > 0 ? pageUrl(Math.max(0, page - 1), Math.max(0, offset - size)) : null,
    url: pageUrl(page, token === null ? null : offset),
  };
  return { status: 200, body: { [key]: items.slice(offset, offset + size), meta } };
}

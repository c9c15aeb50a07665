import type { HttpClient } from '@/api/http-client.ts';
import { WireError } from '../errors.ts';
import { recordFields } from '../details.ts';
import { filtersAt } from '../list-filters.ts';
import { getBody, getParsed, type VendorFetch } from '../get-parsed.ts';
import { scanList, unlessNotFound } from '../find.ts';
import type { ConversationSummary, Vendor, VendorErrorInfo } from '../types.ts';
import { MAX_PAGE_SIZE, readTwilioPage } from './messages-page.ts';
import { twilioMessageDetails } from './normalize.ts';
import {
  twilioLegacyErrorSchema,
  twilioMessagesPageSchema,
  twilioProblemSchema,
  twilioSessionSchema,
  twilioSessionsPageSchema,
  type TwilioSession,
} from './wire.ts';

const PREFIX = '/api/twilio';
/** Pages of the session list a lookup by part of a name reads: the latest 5,000 sessions. */
const FIND_PAGES = 5;

/** One session of the list as a row: its identity, else its id. */
function twilioSummary(s: TwilioSession): ConversationSummary {
  return {
    id: s.id,
    title: s.identity || s.id,
    subtitle: s.identity ? s.id : undefined,
    endUser: s.identity ?? undefined,
    createdAt: s.date_created ?? undefined,
    updatedAt: s.date_updated ?? undefined,
  };
}

/** Sessions have no server-side filter (docs/vendor-notes.md §1.2): all apply to what is loaded. */
const LIST_FILTERS = { q: 'loaded', from: 'loaded', to: 'loaded', user: 'loaded' } as const;

function readError(body: unknown): VendorErrorInfo | undefined {
  const legacy = twilioLegacyErrorSchema.safeParse(body);
  if (legacy.success) {
    const { message, code } = legacy.data;
    return { message, code: code === undefined ? undefined : String(code) };
  }
  const problem = twilioProblemSchema.safeParse(body);
  if (!problem.success) return undefined;
  const { title, detail, code } = problem.data;
  return { message: detail ?? title, code: code === undefined ? undefined : String(code) };
}

/**
 * The cursor is the vendor's `next_page_url`, which the proxy rewrote to `/api/twilio/…`
 * (docs/vendor-notes.md §1.6: follow it exactly, never build `PageToken`). A link that still points
 * elsewhere is refused rather than fetched directly, which would skip the proxy's credentials.
 */
function nextCursor(url: string | null | undefined, path: string): string | null {
  if (!url) return null;
  if (!url.startsWith(`${PREFIX}/`))
    throw new WireError(path, `next_page_url outside the proxy: ${url}`);
  return url;
}

/**
 * Twilio AI Assistants v1 (docs/vendor-notes.md §1): `GET /v1/Sessions`, `/v1/Sessions/{id}` and
 * `/v1/Sessions/{id}/Messages`, paged by `PageSize` (at most 1000) and `meta.next_page_url`.
 */
export function createTwilioVendor(http: HttpClient): Vendor {
  const fetcher: VendorFetch = {
    http,
    label: 'Twilio AI Assistants',
    readError,
    requestIdHeader: 'twilio-request-id',
  };
  const vendor: Vendor = {
    id: 'twilio',
    label: fetcher.label,
    noun: 'session',
    endUserName: 'Identity',
    identityFields: ['identity'],
    findHint: 'a session id or name, whole or in part, e.g. voice:CA123…',
    messagePageSize: MAX_PAGE_SIZE,
    listFilters: LIST_FILTERS,
    async listConversations(cursor, filters, signal) {
      // A list filtered here is read in the largest pages: most of it may have to be read.
      const size = filtersAt(filters, LIST_FILTERS, 'loaded') ? MAX_PAGE_SIZE : 200;
      const path = cursor ?? `${PREFIX}/v1/Sessions?PageSize=${size}`;
      const page = await getParsed(fetcher, path, twilioSessionsPageSchema, signal);
      return {
        items: page.sessions.map(twilioSummary),
        nextCursor: nextCursor(page.meta.next_page_url, path),
      };
    },
    async findConversations(text, signal) {
      const path = `${PREFIX}/v1/Sessions/${encodeURIComponent(text)}`;
      const found = await unlessNotFound(() => getBody(fetcher, path, twilioSessionSchema, signal));
      if (found) return [twilioSummary(found.parsed)];
      // Not a whole name: part of one, or of an identity, among the latest sessions.
      return scanList(vendor, { q: text }, FIND_PAGES, signal);
    },
    async fetchConversation(sessionId, signal) {
      const path = `${PREFIX}/v1/Sessions/${encodeURIComponent(sessionId)}`;
      const { body } = await getBody(fetcher, path, twilioSessionSchema, signal);
      // `account_sid` names the credential the proxy holds (docs/contract.md).
      return { fields: recordFields(body, { omit: ['account_sid'] }), raw: body };
    },
    async fetchMessages(sessionId, cursor, signal) {
      const path =
        cursor ??
        `${PREFIX}/v1/Sessions/${encodeURIComponent(sessionId)}/Messages?PageSize=${MAX_PAGE_SIZE}`;
      const page = await getParsed(fetcher, path, twilioMessagesPageSchema, signal);
      return {
        ...readTwilioPage(page),
        nextCursor: nextCursor(page.meta.next_page_url, path),
      };
    },
    messageDetails: twilioMessageDetails,
  };
  return vendor;
}

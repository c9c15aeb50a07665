import type {
  Dataset,
  MoveworksConversationWire,
  MoveworksRecord,
  TelnyxRecord,
  TwilioRecord,
  TwilioSessionWire,
} from './dataset.ts';
import { byKeyThenId, timeKey } from './paging.ts';

/** A Telnyx conversation with its sort keys (microseconds, see {@link timeKey}). */
export interface TelnyxEntry {
  record: TelnyxRecord;
  lastMessageAt: number;
  createdAt: number;
}

/**
 * The dataset indexed once at start: records by id, and each list in its served order, so a
 * request only looks up and slices. Message arrays are shared with the dataset, never copied.
 */
export interface SampleStore {
  twilio: {
    byId: Map<string, TwilioRecord>;
    /** Sessions by `date_updated` descending (docs/vendor-notes.md §1.2; the order is our choice). */
    sessions: TwilioSessionWire[];
  };
  telnyx: {
    byId: Map<string, TelnyxRecord>;
    /** Ascending by `last_message_at`, then id; `.desc` reads it backwards. */
    byLastMessageAt: TelnyxEntry[];
    /** Ascending by `created_at`, then id. */
    byCreatedAt: TelnyxEntry[];
  };
  moveworks: {
    byId: Map<string, MoveworksRecord>;
    /** Non-archived conversations by `updated_at` descending (docs/vendor-notes.md §3.2). */
    active: MoveworksConversationWire[];
    /** Archived conversations by `updated_at` descending. */
    archived: MoveworksConversationWire[];
  };
}

/**
 * Indexes a dataset. O(n log n) in conversations; messages are not touched.
 * @throws Error naming the vendor and id when two records share an id or a sort date does not parse.
 */
export function buildStore(dataset: Dataset): SampleStore {
  const twilioById = indexById('twilio session', dataset.twilio, (r) => r.session.id);
  const sessions = sortedDescending(dataset.twilio, 'twilio session', (r) => ({
    id: r.session.id,
    iso: r.session.date_updated,
    field: 'date_updated',
  })).map((r) => r.session);

  const telnyxById = indexById('telnyx conversation', dataset.telnyx, (r) => r.conversation.id);
  const entries = dataset.telnyx.map((record) => ({
    record,
    lastMessageAt: checkedKey(
      'telnyx conversation',
      record.conversation.id,
      'last_message_at',
      record.conversation.last_message_at,
    ),
    createdAt: checkedKey(
      'telnyx conversation',
      record.conversation.id,
      'created_at',
      record.conversation.created_at,
    ),
  }));
  const idOf = (e: TelnyxEntry): string => e.record.conversation.id;
  const byLastMessageAt = [...entries].sort((a, b) =>
    byKeyThenId({ key: a.lastMessageAt, id: idOf(a) }, { key: b.lastMessageAt, id: idOf(b) }),
  );
  const byCreatedAt = [...entries].sort((a, b) =>
    byKeyThenId({ key: a.createdAt, id: idOf(a) }, { key: b.createdAt, id: idOf(b) }),
  );

  const moveworksById = indexById(
    'moveworks conversation',
    dataset.moveworks,
    (r) => r.conversation.conversation_id,
  );
  const conversations = sortedDescending(dataset.moveworks, 'moveworks conversation', (r) => ({
    id: r.conversation.conversation_id,
    iso: r.conversation.updated_at,
    field: 'updated_at',
  })).map((r) => r.conversation);

  return {
    twilio: { byId: twilioById, sessions },
    telnyx: { byId: telnyxById, byLastMessageAt, byCreatedAt },
    moveworks: {
      byId: moveworksById,
      active: conversations.filter((c) => c.archived !== true),
      archived: conversations.filter((c) => c.archived === true),
    },
  };
}

function indexById<T>(kind: string, records: T[], idOf: (record: T) => string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    const id = idOf(record);
    if (byId.has(id))
      throw new Error(`Sample dataset has two ${kind}s with id ${JSON.stringify(id)}`);
    byId.set(id, record);
  }
  return byId;
}

function checkedKey(kind: string, id: string, field: string, iso: string): number {
  const key = timeKey(iso);
  if (Number.isNaN(key)) {
    throw new Error(
      `Sample dataset: ${kind} ${JSON.stringify(id)} has an invalid ${field} ${JSON.stringify(iso)}`,
    );
  }
  return key;
}

function sortedDescending<T>(
  records: T[],
  kind: string,
  sortField: (record: T) => { id: string; iso: string; field: string },
): T[] {
  const keyed = records.map((record) => {
    const { id, iso, field } = sortField(record);
    return { record, id, key: checkedKey(kind, id, field, iso) };
  });
  return keyed.sort((a, b) => byKeyThenId(b, a)).map((k) => k.record);
}

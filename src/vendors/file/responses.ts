import type { MessagePage } from '@/transcript/model.ts';
import { isRecord } from '../json-text.ts';
import { readMoveworksPage } from '../moveworks/messages-page.ts';
import { moveworksMessagesPageSchema } from '../moveworks/wire.ts';
import { readTelnyxPage } from '../telnyx/messages-page.ts';
import { telnyxMessagesPageSchema } from '../telnyx/wire.ts';
import { readTwilioPage } from '../twilio/messages-page.ts';
import { twilioMessagesPageSchema } from '../twilio/wire.ts';
import type { VendorId } from '../types.ts';
import { FileShapeError, kindOf, shapeError } from './shape-error.ts';

/** What one JSON value of a file is, told by its top-level keys. */
export type ValueKind = VendorId | 'export';

/**
 * Tells a messages response's vendor from its keys (docs/contract.md, "Files"): Telnyx
 * `{data, meta}`, Moveworks `{messages, metadata}`, Twilio `{messages, meta}`; `vendor` names the
 * viewer's own export.
 * @param at where `value` sits in the file ('' for the whole file), for the error.
 * @throws {FileShapeError} for a value that is none of these.
 */
export function kindOfValue(value: unknown, at: string): ValueKind {
  const where = at || 'the file';
  if (!isRecord(value)) {
    throw new FileShapeError(where, `is ${kindOf(value)}, not an object with messages`);
  }
  if ('vendor' in value) return 'export';
  if ('data' in value) return 'telnyx';
  if ('messages' in value) {
    if ('metadata' in value) return 'moveworks';
    if ('meta' in value) return 'twilio';
    throw new FileShapeError(
      where,
      'has messages but neither meta (Twilio) nor metadata (Moveworks) beside them',
    );
  }
  throw new FileShapeError(
    where,
    `is ${kindOf(value)}: none of messages (Twilio, Moveworks), data (Telnyx) or vendor (an export)`,
  );
}

/**
 * One vendor's messages response, validated with the schema live pages are (`wire.ts`) and
 * normalized by the same adapter (`messages-page.ts`); its cursor is null, as a file names no
 * next page the viewer could fetch.
 * @param index the response's place in the file (0-based), naming messages without an id.
 * @throws {FileShapeError} naming the first field that differs from the vendor's envelope.
 */
export async function readResponse(
  vendor: VendorId,
  value: unknown,
  at: string,
  index: number,
): Promise<MessagePage> {
  switch (vendor) {
    case 'twilio': {
      const parsed = twilioMessagesPageSchema.safeParse(value);
      if (!parsed.success) throw shapeError(at, parsed.error);
      return { ...readTwilioPage(parsed.data), nextCursor: null };
    }
    case 'telnyx': {
      const parsed = telnyxMessagesPageSchema.safeParse(value);
      if (!parsed.success) throw shapeError(at, parsed.error);
      return { ...readTelnyxPage(parsed.data), nextCursor: null };
    }
    case 'moveworks': {
      const parsed = moveworksMessagesPageSchema.safeParse(value);
      if (!parsed.success) throw shapeError(at, parsed.error);
      const name = index === 0 ? 'first' : `file-${index + 1}`;
      return { ...(await readMoveworksPage(parsed.data, name)), nextCursor: null };
    }
  }
}

/**
 * The conversation a page's messages name: the first item's Twilio `session_id` or Moveworks
 * `conversation_id`; undefined where they name none (Telnyx messages carry no conversation id).
 */
export function conversationOf(items: readonly unknown[]): string | undefined {
  for (const item of items) {
    if (!isRecord(item)) continue;
    const id = item.session_id ?? item.conversation_id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

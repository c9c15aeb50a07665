import { z } from 'zod';
import type { MoveworksRecord, TelnyxRecord, TwilioRecord } from './dataset.ts';

/**
 * Zod schemas for the on-disk records of `--data DIR` (dataset.ts). Each is annotated with the
 * dataset type, so the compiler proves a parsed file has the shape the routes serve. Objects are
 * loose: keys beyond dataset.ts (say a newer vendor field) are kept and served, not dropped.
 */

const isoDate = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date-time');
const jsonObject = z.record(z.string(), z.json());

/** A Twilio session file (docs/vendor-notes.md §1.3): `{session, messages}`, messages oldest first. */
export const twilioRecordSchema: z.ZodType<TwilioRecord> = z.looseObject({
  session: z.looseObject({
    id: z.string(),
    account_sid: z.string(),
    assistant_id: z.string(),
    verified: z.boolean(),
    identity: z.string(),
    date_created: isoDate,
    date_updated: isoDate,
  }),
  messages: z.array(
    z.looseObject({
      id: z.string(),
      account_sid: z.string(),
      assistant_id: z.string(),
      session_id: z.string(),
      identity: z.string(),
      role: z.string(),
      content: jsonObject,
      meta: jsonObject,
      date_created: isoDate,
      date_updated: isoDate,
    }),
  ),
});

/**
 * A Telnyx conversation file (docs/vendor-notes.md §2.2–§2.4): `{conversation, messages,
 * insights?}`.
 */
export const telnyxRecordSchema: z.ZodType<TelnyxRecord> = z.looseObject({
  conversation: z.looseObject({
    id: z.string(),
    name: z.string(),
    created_at: isoDate,
    last_message_at: isoDate,
    metadata: z.record(z.string(), z.string()),
  }),
  messages: z.array(
    z.looseObject({
      role: z.enum(['user', 'assistant', 'tool']),
      text: z.string(),
      tool_calls: z
        .array(
          z.looseObject({
            id: z.string(),
            type: z.literal('function'),
            function: z.looseObject({ name: z.string(), arguments: z.string() }),
          }),
        )
        .nullable(),
      tool_call_id: z.string().optional(),
      created_at: isoDate,
      sent_at: isoDate.optional(),
      metadata: jsonObject.optional(),
    }),
  ),
  insights: z
    .array(
      z.looseObject({
        id: z.string(),
        status: z.enum(['pending', 'in_progress', 'completed', 'failed']),
        created_at: isoDate,
        conversation_insights: z.array(
          z.looseObject({ insight_id: z.string(), result: z.string() }),
        ),
      }),
    )
    .optional(),
});

const moveworksText = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('PLAIN_TEXT'), plain_text: z.looseObject({ text: z.string() }) }),
  z.looseObject({
    type: z.literal('MARKDOWN_TEXT'),
    markdown_text: z.looseObject({ text: z.string() }),
  }),
  z.looseObject({
    type: z.literal('COMMONMARK_TEXT'),
    commonmark_text: z.looseObject({ text: z.string() }),
  }),
]);
const callback = z.looseObject({ callback_id: z.string() });
const moveworksContent = z.union([
  moveworksText,
  z.looseObject({ type: z.literal('CALLBACK_ACTION_CONTENT'), callback_action: callback }),
]);
const moveworksAction = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('CALLBACK_ACTION'),
    label: z.string(),
    callback_action: callback,
  }),
  z.looseObject({
    type: z.literal('URL_ACTION'),
    label: z.string(),
    url_action: z.looseObject({ url: z.string() }),
  }),
]);

/** A Moveworks conversation file (docs/vendor-notes.md §3.3): `{conversation, messages}`. */
export const moveworksRecordSchema: z.ZodType<MoveworksRecord> = z.looseObject({
  conversation: z.looseObject({
    conversation_id: z.string(),
    title: z.string().optional(),
    archived: z.boolean().optional(),
    created_at: isoDate,
    updated_at: isoDate,
  }),
  messages: z.array(
    z.looseObject({
      message_id: z.string(),
      conversation_id: z.string(),
      response_id: z.string(),
      actor: z.enum(['USER', 'ASSISTANT', 'LIVE_AGENT']),
      content: moveworksContent,
      citations: z
        .array(
          z.looseObject({
            citation_id: z.string(),
            url: z.string(),
            display: z.looseObject({
              title: moveworksText,
              body: moveworksText,
              attributes: z.array(z.looseObject({ key: z.string(), value: z.string() })).optional(),
            }),
            location: z.looseObject({ offset: z.number() }).optional(),
          }),
        )
        .nullable(),
      content_references: z
        .array(z.looseObject({ citation_id: z.string(), offset: z.number() }))
        .nullable(),
      feedback: z
        .looseObject({ helpful: callback.optional(), unhelpful: callback.optional() })
        .nullable(),
      actions: z.array(moveworksAction).optional(),
      sender_info: z.looseObject({ display_name: z.string() }).optional(),
      created_at: isoDate,
    }),
  ),
});

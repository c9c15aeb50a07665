import { z } from 'zod';

/**
 * Telnyx AI Conversations wire shapes (docs/vendor-notes.md §2.1, §2.3–2.4), widened by what real
 * consumers see: `tool_calls: null` on ordinary turns, `tool_call_id` on tool results, `metadata`
 * (SDK 2026-08), null items in `data`.
 */

/** One entry of a message's `tool_calls`, read on its own: a bad one must not hide the others. */
export const telnyxToolCallSchema = z.looseObject({
  id: z.string().nullish(),
  type: z.string().nullish(),
  function: z.looseObject({
    name: z.string(),
    // Documented as a JSON string; tolerated as an object too.
    arguments: z.unknown().optional(),
  }),
});

/** One Telnyx ConversationMessage as validated. */
export const telnyxMessageSchema = z.looseObject({
  role: z.string(),
  text: z.string().nullish(),
  // Each entry is read on its own (telnyxToolCallSchema).
  tool_calls: z.array(z.unknown()).nullish(),
  tool_call_id: z.string().nullish(),
  created_at: z.string().nullish(),
  sent_at: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/** The keys of a message's `metadata` the viewer reads (§2.4); the others pass unread. */
export const telnyxMessageMetadataSchema = z.looseObject({
  sent_at: z.string().nullish(),
  transcription_duration_ms: z.number().nullish(),
  llm_first_token_duration_ms: z.number().nullish(),
  audio_first_token_duration_ms: z.number().nullish(),
  end_user_perceived_latency_ms: z.number().nullish(),
});

/** A Telnyx message's `metadata` as validated. */
export type TelnyxMessageMetadata = z.infer<typeof telnyxMessageMetadataSchema>;

/** One Telnyx message as validated. */
export type TelnyxMessage = z.infer<typeof telnyxMessageSchema>;

/** `GET /ai/conversations/{id}/messages`; all four `meta` fields are required (§2.4). */
export const telnyxMessagesPageSchema = z.looseObject({
  data: z.array(z.unknown()),
  meta: z.looseObject({
    total_pages: z.number(),
    total_results: z.number(),
    page_number: z.number(),
    page_size: z.number(),
  }),
});

/** One Telnyx messages page as validated. */
export type TelnyxMessagesPage = z.infer<typeof telnyxMessagesPageSchema>;

/** Telnyx Conversation (§2.3). */
export const telnyxConversationSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  created_at: z.string().nullish(),
  last_message_at: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/** One Telnyx conversation as validated. */
export type TelnyxConversation = z.infer<typeof telnyxConversationSchema>;

/** `GET /ai/conversations/{id}/conversations-insights`: the runs, each result a string (§2.2). */
export const telnyxInsightsSchema = z.looseObject({
  data: z.array(
    z.looseObject({
      id: z.string(),
      status: z.string(),
      created_at: z.string().nullish(),
      conversation_insights: z
        .array(z.looseObject({ insight_id: z.string(), result: z.string() }))
        .nullish(),
    }),
  ),
});

/** `GET /ai/conversations`: no `meta`, no page params (§2.2). */
export const telnyxConversationsPageSchema = z.looseObject({
  data: z.array(telnyxConversationSchema),
});

/** Platform envelope `{errors:[{code,title,detail}]}` (docs/vendor-notes.md §2.6). */
export const telnyxPlatformErrorSchema = z.looseObject({
  errors: z
    .array(
      z.looseObject({
        code: z.unknown().optional(),
        title: z.string().optional(),
        detail: z.string().optional(),
      }),
    )
    .min(1),
});

/** FastAPI `{detail: string | [{loc, msg, type}]}`, the AI endpoints' 404 and 422 (§2.6). */
export const telnyxFastApiErrorSchema = z.looseObject({
  detail: z.union([
    z.string(),
    z.array(z.looseObject({ msg: z.string(), loc: z.array(z.unknown()).optional() })).min(1),
  ]),
});

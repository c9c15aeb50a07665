import { z } from 'zod';

/**
 * Moveworks Conversations API (beta, /rest/v1beta1) wire shapes
 * (docs/vendor-notes.md §3.3).
 * `content` is a tagged union on `type`; unknown types are kept and shown raw.
 */
export const moveworksContentSchema = z.looseObject({ type: z.string() });

/** One citation of a message, read on its own: a bad one must not hide the message or the others. */
export const moveworksCitationSchema = z.looseObject({
  citation_id: z.string(),
  url: z.string().nullish(),
  display: z
    .looseObject({
      title: moveworksContentSchema.nullish(),
      body: moveworksContentSchema.nullish(),
    })
    .nullish(),
  // Deprecated: not populated after 2026-05-12 (§3.3); still read as a fallback.
  location: z.looseObject({ offset: z.number() }).nullish(),
});

/** One Moveworks citation as validated. */
export type MoveworksCitation = z.infer<typeof moveworksCitationSchema>;

/** Where the text cites a citation (`content_references`, §3.3), read one by one. */
export const moveworksReferenceSchema = z.looseObject({
  citation_id: z.string(),
  offset: z.number(),
});

/** A button or link offered with an answer (`actions`, newer APIs, §3.3), read one by one. */
export const moveworksActionSchema = z.looseObject({
  type: z.string(),
  label: z.string().nullish(),
  url_action: z.looseObject({ url: z.string() }).nullish(),
  callback_action: z.looseObject({ callback_id: z.string() }).nullish(),
  modal_action: z.looseObject({ modal_id: z.string() }).nullish(),
});

const callbackSchema = z.looseObject({ callback_id: z.string() });

/** One Moveworks Message (§3.3). */
export const moveworksMessageSchema = z.looseObject({
  message_id: z.string(),
  // Required by the docs; a message without one is still shown, outside any turn.
  response_id: z.string().nullish(),
  actor: z.string(),
  content: moveworksContentSchema,
  // Citations and references are read one by one (moveworksCitationSchema, …ReferenceSchema).
  citations: z.array(z.unknown()).nullish(),
  content_references: z.array(z.unknown()).nullish(),
  created_at: z.string().nullish(),
  sender_info: z.looseObject({ display_name: z.string().nullish() }).nullish(),
  feedback: z
    .looseObject({ helpful: callbackSchema.nullish(), unhelpful: callbackSchema.nullish() })
    .nullish(),
  // Each action is read on its own: one the viewer cannot read must not hide the message.
  actions: z.array(z.unknown()).nullish(),
});

/** One Moveworks message as validated. */
export type MoveworksMessage = z.infer<typeof moveworksMessageSchema>;

/** `{next_cursor}`; on newer docs the whole `metadata` may be null (§3.3). */
const metadataSchema = z.looseObject({ next_cursor: z.string().nullish() }).nullish();

/** `GET /conversations/{id}/messages`, newest first (§3.4). */
export const moveworksMessagesPageSchema = z.looseObject({
  messages: z.array(z.unknown()),
  metadata: metadataSchema,
});

/** One Moveworks messages page as validated. */
export type MoveworksMessagesPage = z.infer<typeof moveworksMessagesPageSchema>;

/** A Moveworks Conversation, as `GET /conversations/{id}` answers it (§3.2). */
export const moveworksConversationSchema = z.looseObject({
  conversation_id: z.string(),
  title: z.string().nullish(),
  archived: z.boolean().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});

/** One Moveworks conversation as validated. */
export type MoveworksConversation = z.infer<typeof moveworksConversationSchema>;

/** `GET /conversations` (§3.2). */
export const moveworksConversationsPageSchema = z.looseObject({
  conversations: z.array(moveworksConversationSchema),
  metadata: metadataSchema,
});

/** `{error:{code,message}}` (§3.5). */
export const moveworksErrorSchema = z.looseObject({
  error: z.looseObject({ code: z.string().optional(), message: z.string() }),
});

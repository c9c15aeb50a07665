import { z } from 'zod';

/**
 * Twilio AI Assistants v1 wire shapes (docs/vendor-notes.md §1.3). No field is required by the spec, so every field is optional here; `content` and `meta`
 * are open objects with no documented schema (§1.4).
 */
export const twilioMessageSchema = z.looseObject({
  id: z.string().nullish(),
  session_id: z.string().nullish(),
  identity: z.string().nullish(),
  role: z.string().nullish(),
  content: z.unknown().optional(),
  meta: z.record(z.string(), z.unknown()).nullish(),
  date_created: z.string().nullish(),
});

/** The keys of `meta` the viewer reads (docs/vendor-notes.md §1.8); the others pass unread. */
export const twilioMetaSchema = z.looseObject({
  flagged: z.boolean().nullish(),
  aborted: z.boolean().nullish(),
  mode: z.string().nullish(),
  status_code: z.number().nullish(),
  method: z.string().nullish(),
  url: z.string().nullish(),
  name: z.string().nullish(),
});

/** A Twilio message's `meta` as validated. */
export type TwilioMeta = z.infer<typeof twilioMetaSchema>;

/** One Twilio message as validated. */
export type TwilioMessage = z.infer<typeof twilioMessageSchema>;

/** The list envelope's `meta` (docs/vendor-notes.md §1.3); `next_page_url` is absolute or null. */
const metaSchema = z.looseObject({
  key: z.string().optional(),
  next_page_url: z.string().nullish(),
  page: z.number().optional(),
  page_size: z.number().optional(),
});

/** `GET /v1/Sessions/{id}/Messages`: items stay `unknown` so one bad item cannot sink a page. */
export const twilioMessagesPageSchema = z.looseObject({
  messages: z.array(z.unknown()),
  meta: metaSchema,
});

/** One Twilio messages page as validated. */
export type TwilioMessagesPage = z.infer<typeof twilioMessagesPageSchema>;

/** Twilio Session (docs/vendor-notes.md §1.3). */
export const twilioSessionSchema = z.looseObject({
  id: z.string(),
  identity: z.string().nullish(),
  assistant_id: z.string().nullish(),
  date_created: z.string().nullish(),
  date_updated: z.string().nullish(),
});

/** One Twilio session as validated. */
export type TwilioSession = z.infer<typeof twilioSessionSchema>;

/** `GET /v1/Sessions`. */
export const twilioSessionsPageSchema = z.looseObject({
  sessions: z.array(twilioSessionSchema),
  meta: metaSchema,
});

/** Legacy `{code,message,more_info,status}` (docs/vendor-notes.md §1.7). */
export const twilioLegacyErrorSchema = z.looseObject({
  message: z.string(),
  code: z.union([z.number(), z.string()]).optional(),
});

/** RFC 9457 `{type,title,status,code,detail?}`, newer Twilio APIs (§1.7). */
export const twilioProblemSchema = z.looseObject({
  title: z.string(),
  detail: z.string().optional(),
  code: z.number().optional(),
});

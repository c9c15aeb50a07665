/** Builds SAMPLE_IDS (see index.ts) from the scripts' own ids, so they cannot drift. */
import {
  appointment,
  bigPayload,
  billing,
  hostile,
  multilingual,
  passwordReset,
  refund,
  specialChars,
  toolHeavy,
  warrantyLegacy,
} from './conversations/index.ts';
import { generatedIds } from './generate/generator.ts';
import type { Script } from './script.ts';

type Vendor = keyof Script['ids'];

/**
 * The generated conversation whose vendor sends a message twice: 250 messages, the 150th sent
 * again two places later. Newest first, 100 a page (Telnyx, Moveworks), the copy is the last of
 * page 1 and the original the second of page 2.
 */
export const RESENT_SAMPLE = { size: 250, seed: 7, resend: { message: 149, at: 151 } } as const;

/** First and last message text of an ordinary conversation, and its id. */
export interface OrdinarySample {
  id: string;
  firstText: string;
  lastText: string;
}

/**
 * The ids of every theme for one vendor.
 * @throws Error when the ordinary script does not start and end with text turns.
 */
function themes(vendor: Vendor, ordinary: Script, n: number, seed: number) {
  const first = ordinary.turns[0];
  const last = ordinary.turns.at(-1);
  if (first?.kind !== 'user' || last?.kind !== 'assistant') {
    throw new Error(
      'the ordinary sample must start with a user turn and end with an assistant one',
    );
  }
  const sample: OrdinarySample = {
    id: ordinary.ids[vendor],
    firstText: first.text,
    lastText: last.text,
  };
  return {
    orderStatus: ordinary.ids[vendor],
    refund: refund.ids[vendor],
    passwordReset: passwordReset.ids[vendor],
    appointment: appointment.ids[vendor],
    billing: billing.ids[vendor],
    multilingual: multilingual.ids[vendor],
    toolHeavy: toolHeavy.ids[vendor],
    specialChars: specialChars.ids[vendor],
    warranty: warrantyLegacy.ids[vendor],
    /** A ~10 MB tool result, and a call whose arguments hold 12345678901234567890 and 1.0. */
    bigPayload: bigPayload.ids[vendor],
    /** Script tags, event handlers, javascript: and data: links in every field. */
    hostile: hostile.ids[vendor],
    generated5000: generatedIds(n, seed)[vendor],
    /** A message sent twice: newest first, the copy is on page 1 and the original on page 2. */
    resent: generatedIds(RESENT_SAMPLE.size, RESENT_SAMPLE.seed)[vendor],
    /** Japanese, Arabic, Russian and emoji text. */
    nonLatin: multilingual.ids[vendor],
    /** A voice call. */
    voice: appointment.ids[vendor],
    ordinary: sample,
  };
}

/** SAMPLE_IDS: per vendor the theme ids plus vendor-specific features. */
export function sampleIds(ordinary: Script, n: number, seed: number) {
  const twilio = themes('twilio', ordinary, n, seed);
  const telnyx = themes('telnyx', ordinary, n, seed);
  const moveworks = themes('moveworks', ordinary, n, seed);
  return {
    twilio: {
      ...twilio,
      /** Knowledge messages with sources, and one empty `content: {}` one. */
      knowledge: twilio.billing,
      /** Assistant content as `{text:{value}}` and `{blocks:[…]}`. */
      unusualContent: twilio.passwordReset,
    },
    telnyx: {
      ...telnyx,
      /** An assistant message with text and two parallel tool calls; "Call ended" result. */
      parallelToolCalls: telnyx.appointment,
      textWithToolCalls: telnyx.appointment,
      nonJsonToolResult: telnyx.appointment,
    },
    moveworks: {
      ...moveworks,
      /** Citations, three at one offset; Slack-style link and emoji shortcodes. */
      citations: moveworks.billing,
      /** Deprecated `location.offset`, `content_references: null`, COMMONMARK_TEXT. */
      legacyCitations: moveworks.warranty,
      /** Archived: listed only with `archived=true`. */
      archived: moveworks.warranty,
    },
  };
}

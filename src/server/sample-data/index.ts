/**
 * The built-in sample data: hand-written support conversations, one generated 5,000-message
 * conversation and a generated account of 10,000 short ones, each written once as a vendor-neutral {@link Script} and encoded for Twilio,
 * Telnyx and Moveworks (docs/vendor-notes.md §1.8, §2.7, §3.6).
 */
import type { Dataset } from '../sample-backend/dataset.ts';
import { accountDataset } from './account.ts';
import { HAND_WRITTEN, orderStatus } from './conversations/index.ts';
import { encodeMoveworks } from './encode/moveworks.ts';
import { encodeTelnyx } from './encode/telnyx.ts';
import { encodeTwilio } from './encode/twilio.ts';
import { generateConversation } from './generate/generator.ts';
import type { Script } from './script.ts';
import { RESENT_SAMPLE, sampleIds } from './sample-ids.ts';

export { encodeMoveworks, encodeTelnyx, encodeTwilio };
export {
  GENERATED_END_TEXT,
  GENERATED_MARKER_WORD,
  GENERATED_START_TEXT,
  generateConversation,
  generatedIds,
} from './generate/generator.ts';
export type { Script, Turn, ToolCall, Citation, TextFormat, Channel } from './script.ts';
export {
  ACCOUNT_ASSISTANTS,
  ACCOUNT_FIRST_DAY,
  ACCOUNT_SIZE,
  accountScript,
  FREQUENT_CALLER,
} from './generate/account.ts';

/** Size of the generated sample conversation, in messages per vendor. */
export const GENERATED_SAMPLE_SIZE = 5000;
/** Seed of the generated sample conversation. */
export const GENERATED_SAMPLE_SEED = 2026;

/**
 * Every sample script: the hand-written ones, the generated 5,000-message one, and a generated
 * one whose vendor sends a message twice, on two pages (Telnyx, Moveworks: 100 a page).
 */
export function sampleScripts(): Script[] {
  const { size, seed, resend } = RESENT_SAMPLE;
  return [
    ...HAND_WRITTEN,
    generateConversation(GENERATED_SAMPLE_SIZE, GENERATED_SAMPLE_SEED),
    { ...generateConversation(size, seed), resend },
  ];
}

/** `messages` with the copy {@link Script.resend} asks for, if it does. */
function resent<T>(messages: T[], script: Script): T[] {
  const copy = script.resend && messages[script.resend.message];
  if (!script.resend || copy === undefined) return messages;
  const { at } = script.resend;
  return [...messages.slice(0, at), copy, ...messages.slice(at)];
}

/** Encodes scripts for all three vendors, one record per script and vendor, in script order. */
export function encodeDataset(scripts: readonly Script[]): Dataset {
  return {
    twilio: scripts.map((s) => {
      const record = encodeTwilio(s);
      return { ...record, messages: resent(record.messages, s) };
    }),
    telnyx: scripts.map((s) => {
      const record = encodeTelnyx(s);
      return { ...record, messages: resent(record.messages, s) };
    }),
    moveworks: scripts.map((s) => {
      const record = encodeMoveworks(s);
      return { ...record, messages: resent(record.messages, s) };
    }),
  };
}

/**
 * The built-in sample data: the sample scripts, then the sample account's 10,000 generated
 * conversations per vendor (account.ts), whose messages are encoded when first read.
 * @returns a deterministic {@link Dataset} (a fresh, deep-equal object on every call; no
 * clock or Math.random involved); records and messages are oldest first.
 */
export function buildSampleDataset(): Dataset {
  const scripts = encodeDataset(sampleScripts());
  const account = accountDataset();
  return {
    twilio: [...scripts.twilio, ...account.twilio],
    telnyx: [...scripts.telnyx, ...account.telnyx],
    moveworks: [...scripts.moveworks, ...account.moveworks],
  };
}

/**
 * Ids tests need, per vendor: conversation ids by theme, plus the first and last message
 * text of one ordinary conversation (order status) for chronological-order checks.
 */
export const SAMPLE_IDS = sampleIds(orderStatus, GENERATED_SAMPLE_SIZE, GENERATED_SAMPLE_SEED);

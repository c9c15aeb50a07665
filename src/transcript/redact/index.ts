/**
 * Redaction of personal data (docs/contract.md, "Export"): e-mail addresses, phone numbers,
 * payment card numbers and the vendor's identity fields, replaced by stable placeholders. Loaded
 * as a chunk of its own, only when redaction is asked for (libphonenumber-js's metadata is most
 * of it).
 */
import type { Message } from '../model.ts';
import { identityLiterals } from './detect.ts';
import { redactJson, redactMessage } from './redact-message.ts';
import { createRedactor, type RedactionCounts } from './redactor.ts';

export type { RedactionCounts } from './redactor.ts';
export type { PersonalKind } from './detect.ts';

/** What one transcript's redaction reads. */
export interface RedactionInput {
  conversationId: string;
  /** Chronological. */
  messages: readonly Message[];
  /** Each message's vendor payload, for the JSON export; none for the view and Markdown. */
  payloads?: ReadonlyMap<Message, unknown>;
  /**
   * The payload keys whose string values name the end user or a person (the vendor's
   * `identityFields`: Twilio `identity`, Telnyx `telnyx_end_user_target`).
   */
  identityFields: readonly string[];
  /** The vendor's record of the conversation, as received, where its identity fields are too. */
  record?: unknown;
}

/** A transcript with its personal data replaced. */
export interface RedactedTranscript {
  conversationId: string;
  /** The messages redacted, in the same order, ids unchanged. */
  messages: Message[];
  /** The payloads redacted, keyed by the redacted messages. */
  payloads: Map<Message, unknown>;
  /** Distinct values replaced, per kind. */
  counts: RedactionCounts;
  /** Redacts one more string under the same placeholders, e.g. a title naming the conversation. */
  text(text: string): string;
  /** Redacts one more vendor payload under the same placeholders, e.g. for Details. */
  json(value: unknown): unknown;
}

/** The string values under any of `fields` in `value`, at any depth. */
export function identitiesIn(value: unknown, fields: ReadonlySet<string>, into: string[] = []) {
  if (Array.isArray(value)) {
    for (const v of value) identitiesIn(v, fields, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (fields.has(k) && typeof v === 'string') into.push(v);
      else identitiesIn(v, fields, into);
    }
  }
  return into;
}

/** A redaction under way, run a slice at a time (lib/run-in-slices.ts). */
export interface RedactionRun {
  /** Redacts messages, then payloads, until done or `shouldYield()`; true once done. */
  step(shouldYield: () => boolean): boolean;
  /** The redacted transcript; call once `step` returned true. */
  result(): RedactedTranscript;
}

/**
 * Starts a transcript's redaction. Placeholders are numbered per kind in order of first
 * appearance: the conversation id, then the messages in order (who from, then parts,
 * citations, actions), then the payloads, so the view, the Markdown and the JSON export give a
 * value the same placeholder. Identity values are those of `identityFields` in the record and
 * payloads, and each message's `author` (the model's Twilio identity or Moveworks agent); each
 * is replaced wherever it stands alone, in any string.
 */
export function startRedaction(input: RedactionInput): RedactionRun {
  const fields = new Set(input.identityFields);
  const values = identitiesIn(input.record, fields);
  for (const m of input.messages) if (m.author !== undefined) values.push(m.author);
  if (input.payloads) for (const raw of input.payloads.values()) identitiesIn(raw, fields, values);
  const r = createRedactor(identityLiterals(values));
  const conversationId = r.text(input.conversationId);
  const messages: Message[] = [];
  const payloads = new Map<Message, unknown>();
  const { length } = input.messages;
  let next = 0;
  return {
    step(shouldYield) {
      while (next < 2 * length) {
        const i = next++;
        const original = input.messages[i % length];
        if (!original) continue;
        if (i < length) messages.push(redactMessage(original, r));
        else if (input.payloads?.has(original)) {
          const redacted = messages[i - length];
          if (redacted) payloads.set(redacted, redactJson(input.payloads.get(original), r));
        }
        if (next % 64 === 0 && next < 2 * length && shouldYield()) return false;
      }
      return true;
    },
    result: () => ({
      conversationId,
      messages,
      payloads,
      counts: r.counts(),
      text: r.text,
      json: (value) => redactJson(value, r),
    }),
  };
}

/** A transcript redacted at once (see {@link startRedaction}). */
export function redactTranscript(input: RedactionInput): RedactedTranscript {
  const run = startRedaction(input);
  run.step(() => false);
  return run.result();
}

/**
 * A small dataset for the sample backend's tests, with ids that need percent-encoding
 * (`/`, `:`, `.`, space, `+`, `@`) and message counts that do not divide the page sizes evenly.
 */
import type {
  Dataset,
  MoveworksMessageWire,
  MoveworksRecord,
  TelnyxMessageWire,
  TelnyxRecord,
  TwilioMessageWire,
  TwilioRecord,
} from './dataset.ts';

/** An id every vendor's fixture uses; it must travel as one percent-encoded path segment. */
export const ODD_ID = 'conversations__IS1/CH2:v1.0 @a+b';
const ACCOUNT = `AC${'0'.repeat(32)}`;
const ASSISTANT = 'aia_asst_0001';

/** `2025-01-01T00:00:00.000Z` plus `minutes`. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2025, 0, 1) + minutes * 60_000).toISOString();
}

function twilioRecord(id: string, updated: number, count: number): TwilioRecord {
  const messages: TwilioMessageWire[] = Array.from({ length: count }, (_, i) => ({
    id: `aia_msg_${id}_${i}`,
    account_sid: ACCOUNT,
    assistant_id: ASSISTANT,
    session_id: id,
    identity: 'phone:+15551230000',
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: { content: `message ${i}` },
    meta: {},
    date_created: at(i),
    date_updated: at(i),
  }));
  const session = {
    id,
    account_sid: ACCOUNT,
    assistant_id: ASSISTANT,
    verified: false,
    identity: 'phone:+15551230000',
    date_created: at(0),
    date_updated: at(updated),
  };
  return { session, messages };
}

function telnyxRecord(id: string, name: string, last: number, count: number): TelnyxRecord {
  const messages: TelnyxMessageWire[] = Array.from({ length: count }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    text: `message ${i}`,
    tool_calls: null,
    created_at: at(i),
  }));
  const metadata = { telnyx_conversation_channel: last % 20 === 0 ? 'sms' : 'phone_call' };
  return {
    conversation: { id, name, created_at: at(-last), last_message_at: at(last), metadata },
    messages,
  };
}

function moveworksRecord(
  id: string,
  updated: number,
  count: number,
  archived = false,
): MoveworksRecord {
  const messages: MoveworksMessageWire[] = Array.from({ length: count }, (_, i) => ({
    message_id: `msg_${i}`,
    conversation_id: id,
    response_id: `resp_${Math.floor(i / 2)}`,
    actor: i % 2 === 0 ? 'USER' : 'ASSISTANT',
    content: { type: 'PLAIN_TEXT', plain_text: { text: `message ${i}` } },
    citations: null,
    content_references: null,
    feedback: null,
    created_at: at(i),
  }));
  return {
    conversation: {
      conversation_id: id,
      title: id,
      archived,
      created_at: at(0),
      updated_at: at(updated),
    },
    messages,
  };
}

/** The test dataset: 5 Twilio sessions, 5 Telnyx conversations, 6 Moveworks conversations. */
export function makeDataset(): Dataset {
  return {
    twilio: [
      twilioRecord(ODD_ID, 30, 7),
      twilioRecord('voice:CA1', 10, 0),
      twilioRecord('messaging__+1555/abc', 50, 2),
      twilioRecord('s4', 20, 1),
      twilioRecord('s5', 40, 1),
    ],
    telnyx: [
      telnyxRecord(ODD_ID, 'Voice call 1', 30, 45),
      telnyxRecord('t2', 'Voice call 2', 10, 1),
      telnyxRecord('t3', 'SMS 3', 50, 0),
      telnyxRecord('t4', 'sms 4', 20, 3),
      telnyxRecord('t5', 'Voice call 5', 40, 2),
    ],
    moveworks: [
      moveworksRecord(ODD_ID, 30, 45),
      moveworksRecord('conv_2', 10, 1),
      moveworksRecord('conv_3', 50, 0),
      moveworksRecord('conv_4', 20, 3),
      moveworksRecord('conv_5', 40, 2),
      moveworksRecord('conv_archived', 60, 1, true),
    ],
  };
}

/** A response read as status, headers and parsed JSON body. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** GETs `url` and parses the JSON body. */
export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? null : JSON.parse(text),
  };
}

/** Reads `body[key]` as an array of records, failing loudly when it is not one. */
export function listOf(body: unknown, key: string): Record<string, unknown>[] {
  const value: unknown =
    typeof body === 'object' && body !== null ? Reflect.get(body, key) : undefined;
  if (!Array.isArray(value))
    throw new Error(`expected an array at ${key}: ${JSON.stringify(body)}`);
  return value.filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
  );
}

/** Reads a nested field (`field(body, 'meta', 'next_page_url')`). */
export function field(body: unknown, ...path: string[]): unknown {
  let current = body;
  for (const key of path) {
    current =
      typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined;
  }
  return current;
}

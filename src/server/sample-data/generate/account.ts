/**
 * The sample account: thousands of short generated conversations per vendor, spread over three
 * months, channels, assistants and end users, so lists can be filtered and scrolled at the scale
 * of a real account (docs/contract.md "Lists"). Same index → same conversation, with no clock.
 */
import { base62, createRng, hex, uuid4, type Rng } from '../random.ts';
import type { Channel, Script, Turn } from '../script.ts';
import { assistantText, pickTopic, preamble, toolCall, userText } from './phrases.ts';

/** How many generated conversations the sample account holds, per vendor. */
export const ACCOUNT_SIZE = 10_000;

/** The first day of the account's three months (UTC); its last is the day before 2026-12-07. */
export const ACCOUNT_FIRST_DAY = '2026-09-07';
const START_MS = Date.parse(`${ACCOUNT_FIRST_DAY}T00:00:00Z`);
const DAYS = 91;

/** The caller who calls most: every 50th conversation is a phone call from this number. */
export const FREQUENT_CALLER = '+13125550100';

/** The account's Telnyx assistants, by id (Telnyx `metadata.assistant_id`). */
export const ACCOUNT_ASSISTANTS = [
  'assistant-2f6c1d0e-7a4b-4c1e-9d3f-0b8a6e5c4d21',
  'assistant-8d3e5f1a-2b6c-4d7e-8f90-1a2b3c4d5e6f',
  'assistant-c4b3a291-0f8e-4d7c-b6a5-9483726150fe',
] as const;

/** Channels, weighted as a voice-first account's: calls, then web chat, texts, mail. */
const CHANNELS: readonly Channel[] = [
  'voice',
  'voice',
  'voice',
  'voice',
  'web',
  'web',
  'web',
  'sms',
  'whatsapp',
  'email',
];

const AREA_CODES = ['212', '312', '415', '646', '773'];
const NAMES = ['alex', 'blake', 'casey', 'devon', 'emery', 'finley', 'harper', 'jordan', 'morgan'];

/** A title as Telnyx names and Moveworks titles conversations, from the topic. */
const TITLES: Record<string, string> = {
  order: 'Order status',
  refund: 'Refund request',
  invoice: 'Invoice question',
  subscription: 'Subscription change',
  delivery: 'Delivery problem',
  password: 'Password reset',
  appointment: 'Appointment booking',
};

/** A phone number in the 555-01XX range kept for fiction: one of 500. */
function phone(rng: Rng): string {
  return `+1${rng.pick(AREA_CODES)}55501${String(rng.int(0, 99)).padStart(2, '0')}`;
}

/** Who the conversation is with, as the channel addresses them. */
function endUserOf(channel: Channel, rng: Rng): { endUser: string; twilioIdentity: string } {
  if (channel === 'voice' || channel === 'sms' || channel === 'whatsapp') {
    const number = phone(rng);
    const prefix = channel === 'whatsapp' ? 'whatsapp' : 'phone';
    return { endUser: number, twilioIdentity: `${prefix}:${number}` };
  }
  const name = `${rng.pick(NAMES)}.${rng.int(1, 400)}`;
  if (channel === 'email') {
    const address = `${name}@example.com`;
    return { endUser: address, twilioIdentity: `email:${address}` };
  }
  return { endUser: `web:${name}`, twilioIdentity: `user_id:${name}` };
}

/** Two to ten messages on one topic, a tenth of the replies after a tool call. */
function turnsOf(rng: Rng, startMicros: number, voice: boolean): { turns: Turn[]; topic: string } {
  const topic = pickTopic(rng);
  const turns: Turn[] = [];
  let at = startMicros;
  const tick = (min: number, max: number) =>
    (at += Math.round((min + rng.next() * (max - min)) * 1e6));
  const exchanges = rng.int(1, 4);
  for (let e = 0; e < exchanges; e++) {
    turns.push({
      kind: 'user',
      at: e === 0 ? at : tick(voice ? 3 : 15, voice ? 9 : 60),
      text: userText(rng, topic),
    });
    if (rng.chance(0.1)) {
      const call = { ...toolCall(rng, topic), id: `call_${base62(rng, 24)}` };
      const toolCalls = [{ id: call.id, name: call.name, arguments: call.args }];
      turns.push({
        kind: 'assistant',
        at: tick(1.5, 4),
        text: preamble(rng),
        format: 'plain',
        toolCalls,
      });
      turns.push({
        kind: 'tool',
        at: tick(1, 2),
        callId: call.id,
        name: call.name,
        text: JSON.stringify(call.result),
        prose: call.prose,
      });
    }
    turns.push({ kind: 'assistant', at: tick(1.5, 6), ...assistantText(rng, topic) });
  }
  return { turns, topic };
}

/**
 * Conversation `index` (0-based) of the sample account: a channel, an end user, one of
 * {@link ACCOUNT_ASSISTANTS}, a start within the three months from {@link ACCOUNT_FIRST_DAY},
 * and two to ten messages. Every 50th is a call from {@link FREQUENT_CALLER}; one in 37 is
 * archived on Moveworks.
 * @throws RangeError when `index` is not an integer in [0, {@link ACCOUNT_SIZE}).
 */
export function accountScript(index: number): Script {
  if (!Number.isInteger(index) || index < 0 || index >= ACCOUNT_SIZE)
    throw new RangeError(`account conversation ${index} does not exist`);
  const rng = createRng(`account:${index}`);
  const frequent = index % 50 === 0;
  const channel: Channel = frequent ? 'voice' : rng.pick(CHANNELS);
  const who = frequent
    ? { endUser: FREQUENT_CALLER, twilioIdentity: `phone:${FREQUENT_CALLER}` }
    : endUserOf(channel, rng);
  const assistant = rng.pick(ACCOUNT_ASSISTANTS);
  // Spread evenly over the window, each at a random minute of its slot.
  const slotMs = (DAYS * 86_400_000) / ACCOUNT_SIZE;
  const startMs = Math.floor(START_MS + index * slotMs + rng.next() * slotMs);
  const { turns, topic } = turnsOf(rng, startMs * 1000, channel === 'voice');
  const key = `account-${index}`;
  const telnyx = uuid4(rng);
  return {
    key,
    title: `${TITLES[topic] ?? 'Support'} · ${who.endUser}`,
    channel,
    ids: {
      twilio:
        channel === 'voice'
          ? `voice:CA${hex(rng, 32)}`
          : `conversations__IS${hex(rng, 32)}/CH${hex(rng, 32)}`,
      telnyx,
      moveworks: `conv_${base62(rng, 22)}`,
    },
    twilioIdentity: who.twilioIdentity,
    endUser: who.endUser,
    twilioShape: 'output',
    telnyxMetadata: { assistant_id: assistant },
    ...(index % 37 === 7 ? { archived: true } : {}),
    turns,
  };
}

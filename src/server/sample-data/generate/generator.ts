/**
 * A deterministic conversation of any length, for the 5,000-message sample and benchmarks.
 * It only uses turns every encoder maps one-to-one (user text, assistant text, assistant text
 * with tool calls, and tool results with prose), so each vendor's record has exactly `n`
 * messages: Telnyx keeps the calling turn and each result; Twilio keeps the calling turn's
 * text and one tool message per result; Moveworks keeps the text and tells each result.
 */
import { derivedIds } from '../define.ts';
import { base62, createRng, hex } from '../random.ts';
import type { Script, Turn } from '../script.ts';
import { assistantText, pickTopic, preamble, toolCall, userText } from './phrases.ts';

/** Text the first (user) message starts with. */
export const GENERATED_START_TEXT = 'Generated conversation start';
/** Text the last (assistant) message contains. */
export const GENERATED_END_TEXT = 'Generated conversation end';
/** A word found only in message index n − 10 (when n ≥ 11). */
export const GENERATED_MARKER_WORD = 'zephyrine';

/** Messages at the end written as plain user/assistant pairs, so the markers land on text. */
const TAIL = 12;

/** `5000` → `5,000`, without locale data (the output must not depend on ICU). */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Generates a vendor-neutral script of exactly `n` messages (per vendor, see above).
 * Same `(n, seed)` → same script. Messages are 1–20 s apart (never under one second, so even
 * Twilio's whole-second dates strictly increase), starting 2026-06-01 UTC; about 30% of
 * assistant turns call 1–3 tools. Linear time: 100,000 messages take ≈ 0.3–0.5 s on a busy 2-core machine.
 * @throws RangeError when `n` is not a positive integer.
 */
export function generateConversation(n: number, seed: number): Script {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const rng = createRng(`generated:${n}:${seed}`);
  const turns: Turn[] = [];
  let at = (Date.UTC(2026, 5, 1, 8) + (Math.abs(seed) % 720) * 60_000) * 1000;
  const tick = (min: number, max: number): number => {
    at += Math.round((min + rng.next() * (max - min)) * 1e6);
    return at;
  };
  const user = (topic: string): void => {
    turns.push({ kind: 'user', at: tick(3, 20), text: userText(rng, topic) });
  };
  const reply = (topic: string): void => {
    turns.push({ kind: 'assistant', at: tick(1.5, 6), ...assistantText(rng, topic) });
  };
  while (n - turns.length > TAIL) {
    const topic = pickTopic(rng);
    const k = rng.int(1, 3);
    user(topic);
    // A tool exchange is user, calling turn, k results, reply: 3 + k messages.
    if (rng.chance(0.43) && n - turns.length - (2 + k) >= TAIL) {
      const calls = Array.from({ length: k }, () => ({
        ...toolCall(rng, topic),
        id: `call_${base62(rng, 24)}`,
      }));
      const toolCalls = calls.map((c) => ({ id: c.id, name: c.name, arguments: c.args }));
      turns.push({
        kind: 'assistant',
        at: tick(1.5, 4),
        text: preamble(rng),
        format: 'plain',
        toolCalls,
      });
      for (const c of calls) {
        const text = JSON.stringify(c.result);
        turns.push({
          kind: 'tool',
          at: tick(1, 2),
          callId: c.id,
          name: c.name,
          text,
          prose: c.prose,
        });
      }
    }
    reply(topic);
  }
  const remaining = n - turns.length;
  const topic = pickTopic(rng);
  for (let i = 0; i < remaining; i++) {
    // The last message is the assistant's; a first message is always the user's.
    if ((remaining - 1 - i) % 2 === 0 && turns.length > 0) reply(topic);
    else user(topic);
  }
  mark(turns, n, seed);
  return {
    key: `generated-${n}-${seed}`,
    title: `Generated conversation — ${withThousands(n)} messages`,
    channel: 'web',
    ids: generatedIds(n, seed),
    twilioIdentity: `user_id:generated-${withThousands(n)}-messages`,
    endUser: `web:generated-${n}`,
    twilioShape: 'output',
    telnyxMetadata: { generated_messages: String(n), generated_seed: String(seed) },
    turns,
  };
}

/**
 * The conversation ids {@link generateConversation} gives `(n, seed)`, without generating it:
 * a Twilio `conversations__…/CH…` name, a Telnyx UUID and a Moveworks `conv_…` id.
 */
export function generatedIds(n: number, seed: number): Script['ids'] {
  const key = `generated-${n}-${seed}`;
  const twilio = `conversations__ISgenerated${n}/CH${hex(createRng(`${key}:twilio`), 32)}`;
  return { twilio, ...derivedIds(key) };
}

/** Writes the recognisable start, end and marker texts into their messages. */
function mark(turns: Turn[], n: number, seed: number): void {
  const first = turns[0];
  if (first?.kind === 'user') {
    first.text = `${GENERATED_START_TEXT} (${withThousands(n)} messages, seed ${seed}). ${first.text}`;
  }
  const marker = n >= 11 ? turns[n - 10] : undefined;
  if (marker?.kind === 'user' || marker?.kind === 'assistant') {
    marker.text = `${marker.text}\n\nReference word: ${GENERATED_MARKER_WORD}.`;
  }
  const last = turns[n - 1];
  if (last?.kind === 'assistant' || (last?.kind === 'user' && n === 1)) {
    last.text = `${last.text}\n\n${GENERATED_END_TEXT}.`;
  }
}

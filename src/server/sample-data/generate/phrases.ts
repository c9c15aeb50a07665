/**
 * Phrase banks for the generated conversation: short and long, plain and Markdown texts about
 * everyday support topics, filled with seeded numbers so messages rarely repeat exactly.
 */
import type { Json } from '../../sample-backend/dataset.ts';
import type { Rng } from '../random.ts';
import type { JsonObject, TextFormat } from '../script.ts';

const TOPICS = [
  'order',
  'refund',
  'invoice',
  'subscription',
  'delivery',
  'password',
  'appointment',
];

const USER_SHORT = [
  'Any update on my {topic}?',
  'Can you check {topic} #{n} for me?',
  'ok',
  'Thanks, that helps.',
  'Hmm, that doesn’t look right.',
  'What about the {topic} from last week?',
  'Sure, go ahead.',
  'Yes please.',
];

const USER_LONG = [
  'I have been waiting on {topic} #{n} for a while now. The last message I got said it would be sorted within two days, and that was on Monday. Could you tell me exactly where it stands and what happens next?',
  'Quick question about my {topic}: I changed my email address recently and I think some of the notifications are going to the old one. Can you confirm which address you have on file and resend anything I may have missed?',
];

const ASSISTANT_PLAIN = [
  'I’ve checked {topic} #{n} — everything looks good on our side.',
  'Thanks for your patience. Your {topic} #{n} was updated {d} minutes ago.',
  'Got it. I’ll keep an eye on {topic} #{n} and message you if anything changes.',
  'That one is still in progress; the team expects to finish within {d} hours.',
  'Done! You should receive a confirmation email shortly.',
];

const ASSISTANT_MARKDOWN = [
  'Here’s the status of **{topic} #{n}**:\n\n- Created: {d} days ago\n- Current step: *review*\n  - Assigned to the billing team\n  - Next update expected tomorrow',
  '| Field | Value |\n| --- | --- |\n| {topic} | #{n} |\n| Status | open |\n| Age | {d} days |',
  'The API shows:\n\n```json\n{ "id": "{n}", "type": "{topic}", "status": "open", "age_days": {d} }\n```',
  'You can check it yourself with:\n\n```bash\ncurl -s https://api.acme.example/v1/{topic}s/{n} | jq .status\n```',
  '1. Open **Settings → {topic}s**\n2. Select #{n}\n3. Click *Request update*\n\n> This usually takes {d} minutes.',
];

const PREAMBLES = [
  'Let me check that.',
  'One moment while I look it up.',
  'Checking now…',
  'Give me a second.',
];

const TOOLS = [
  'get_{topic}',
  'search_{topic}s',
  'update_{topic}',
  'notify_customer',
  'check_status',
];

function fill(template: string, rng: Rng, topic: string): string {
  return template
    .replaceAll('{topic}', topic)
    .replaceAll('{n}', String(rng.int(1000, 99999)))
    .replaceAll('{d}', String(rng.int(2, 59)));
}

/** A topic for the next exchange. */
export function pickTopic(rng: Rng): string {
  return rng.pick(TOPICS);
}

/** A user message: mostly short, sometimes a long paragraph or two. */
export function userText(rng: Rng, topic: string): string {
  const r = rng.next();
  if (r < 0.75) return fill(rng.pick(USER_SHORT), rng, topic);
  if (r < 0.97) return fill(rng.pick(USER_LONG), rng, topic);
  return `${fill(rng.pick(USER_LONG), rng, topic)}\n\n${fill(rng.pick(USER_LONG), rng, topic)}`;
}

/** An assistant message; about a third is Markdown, and a few are long. */
export function assistantText(rng: Rng, topic: string): { text: string; format: TextFormat } {
  const r = rng.next();
  if (r < 0.62) return { text: fill(rng.pick(ASSISTANT_PLAIN), rng, topic), format: 'plain' };
  if (r < 0.96) return { text: fill(rng.pick(ASSISTANT_MARKDOWN), rng, topic), format: 'markdown' };
  const parts = Array.from({ length: rng.int(4, 8) }, () =>
    fill(rng.pick(ASSISTANT_MARKDOWN), rng, topic),
  );
  return { text: `## Summary for your ${topic}\n\n${parts.join('\n\n')}`, format: 'markdown' };
}

/** The text an assistant says while calling tools (always non-empty, see generator.ts). */
export function preamble(rng: Rng): string {
  return rng.pick(PREAMBLES);
}

/** One generated tool call: name, arguments, result and its Moveworks prose. */
export function toolCall(
  rng: Rng,
  topic: string,
): { name: string; args: JsonObject; result: Json; prose: string } {
  const name = rng.pick(TOOLS).replace('{topic}', topic);
  const id = String(rng.int(1000, 99999));
  const result: Json = {
    id,
    status: rng.pick(['open', 'closed', 'pending']),
    updated_minutes_ago: rng.int(1, 600),
  };
  return { name, args: { [`${topic}_id`]: id }, result, prose: `Checked **${name}** for #${id}.` };
}

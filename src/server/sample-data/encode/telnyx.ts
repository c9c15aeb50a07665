/**
 * Script → Telnyx AI Conversations record (docs/vendor-notes.md §2.3, §2.4, §2.7): no message ids;
 * ordinary turns carry `tool_calls: null`; tool results are `role: tool` with `tool_call_id`.
 */
import type {
  Json,
  TelnyxInsightRunWire,
  TelnyxMessageWire,
  TelnyxRecord,
  TelnyxToolCallWire,
} from '../../sample-backend/dataset.ts';
import { base62, createRng, uuid7, type Rng } from '../random.ts';
import type { Channel, Script, ToolCall } from '../script.ts';
import { isoMillis } from '../time.ts';
import { argumentsString } from './shared.ts';

/** The sample Telnyx assistant id (format as in the docs' examples). */
export const TELNYX_ASSISTANT_ID = 'assistant-9b1c6f2e-4d3a-4f8b-a0e7-52c1d9e3b7a4';

/** Telnyx channel names (§2.3 enum; WhatsApp is not in it, and the viewer must tolerate that). */
const CHANNELS: Record<Channel, string> = {
  voice: 'phone_call',
  sms: 'sms_chat',
  whatsapp: 'whatsapp',
  web: 'web_chat',
  email: 'web_chat',
};

function wireCalls(calls: ToolCall[] | undefined): TelnyxToolCallWire[] | null {
  if (!calls?.length) return null;
  return calls.map((c) => ({
    id: c.id,
    type: 'function',
    function: { name: c.name, arguments: argumentsString(c.arguments) },
  }));
}

/** Latency figures a voice assistant turn carries (§2.4, keys OBS; values invented, in ms). */
function latency(rng: Rng): { [key: string]: Json } {
  const transcription = rng.int(60, 240);
  const llm = rng.int(380, 1400);
  const audio = rng.int(150, 450);
  return {
    transcription_duration_ms: transcription,
    llm_first_token_duration_ms: llm,
    audio_first_token_duration_ms: audio,
    end_user_perceived_latency_ms: transcription + llm + audio + rng.int(300, 900),
    start_speaking_plan_extra_wait_duration_ms: 0,
  };
}

/** The sample account's two insight templates (Telnyx names them by UUID, §2.2). */
const SUMMARY_INSIGHT = 'insight-3c0e9d4a-7b21-4f6e-9a85-1d2c3b4a5f60';
const OUTCOME_INSIGHT = 'insight-8f4a2b1c-6d3e-4a7b-b9c8-0e1f2a3b4c5d';

/**
 * The conversation's insight runs, newest first (§2.2): one completed after the last message,
 * a plain summary and a JSON outcome (a schema'd insight's result is stringified JSON); a voice
 * call also has a newer run still pending, as when insights are run again after the call.
 */
function insightRuns(script: Script, endAt: number): TelnyxInsightRunWire[] {
  const rng = createRng(`telnyx-insights:${script.key}`);
  const tools = script.turns.filter((t) => t.kind === 'tool').length;
  const outcome = {
    resolved: true,
    channel: CHANNELS[script.channel],
    tool_calls: tools,
    sentiment: tools > 2 ? 'neutral' : 'positive',
  };
  const completed: TelnyxInsightRunWire = {
    id: uuid7(endAt / 1000 + 5_000, rng),
    status: 'completed',
    created_at: isoMillis(endAt + 5_000_000),
    conversation_insights: [
      { insight_id: SUMMARY_INSIGHT, result: script.title },
      { insight_id: OUTCOME_INSIGHT, result: JSON.stringify(outcome) },
    ],
  };
  if (script.channel !== 'voice') return [completed];
  const pending: TelnyxInsightRunWire = {
    id: uuid7(endAt / 1000 + 60_000, rng),
    status: 'pending',
    created_at: isoMillis(endAt + 60_000_000),
    conversation_insights: [],
  };
  return [pending, completed];
}

/**
 * Encodes a script as a Telnyx conversation and its messages, oldest first. `sent_at` is the
 * script instant and `created_at` (storage time) 20–250 ms later, both ISO 8601 UTC with ms.
 * System and live-agent turns are dropped (Telnyx roles are user/assistant/tool only). A
 * knowledge lookup becomes a `retrieval` tool call and its JSON result; the empty lookup is
 * dropped.
 */
export function encodeTelnyx(script: Script): TelnyxRecord {
  const rng = createRng(`telnyx:${script.key}`);
  const voice = script.channel === 'voice';
  const messages: TelnyxMessageWire[] = [];
  const push = (message: Omit<TelnyxMessageWire, 'created_at' | 'sent_at'>, at: number): void => {
    // Tool results are stored the instant they arrive; spoken/typed turns a moment later.
    const stored = message.role === 'tool' ? at : at + rng.int(20, 250) * 1000;
    messages.push({ ...message, created_at: isoMillis(stored), sent_at: isoMillis(at) });
  };
  for (const turn of script.turns) {
    switch (turn.kind) {
      case 'system':
        break;
      case 'user':
        push({ role: 'user', text: turn.text, tool_calls: wireCalls(turn.toolCalls) }, turn.at);
        break;
      case 'assistant': {
        const spoken = voice && turn.text !== '';
        push(
          {
            role: 'assistant',
            text: turn.text,
            tool_calls: wireCalls(turn.toolCalls),
            ...(spoken ? { metadata: latency(rng) } : {}),
          },
          turn.at,
        );
        break;
      }
      case 'tool':
        push(
          { role: 'tool', text: turn.text, tool_calls: null, tool_call_id: turn.callId },
          turn.at,
        );
        break;
      case 'knowledge': {
        if (turn.query === undefined) break;
        const id = `call_${base62(rng, 24)}`;
        const args = JSON.stringify({ query: turn.query });
        const call: TelnyxToolCallWire = {
          id,
          type: 'function',
          function: { name: 'retrieval', arguments: args },
        };
        push({ role: 'assistant', text: '', tool_calls: [call] }, turn.at - 400_000);
        const result = {
          output: turn.output ?? '',
          sources: (turn.sources ?? []).map((s) => s.url),
        };
        push(
          { role: 'tool', text: JSON.stringify(result), tool_calls: null, tool_call_id: id },
          turn.at,
        );
        break;
      }
      case 'agent':
        // Telnyx roles are user, assistant and tool: a person's turn has no place (§2.4).
        break;
    }
  }
  const metadata: { [key: string]: string } = {
    assistant_id: TELNYX_ASSISTANT_ID,
    telnyx_conversation_channel: CHANNELS[script.channel],
    telnyx_end_user_target: script.endUser,
    telnyx_agent_target: voice || script.channel === 'sms' ? '+13128675309' : 'support-widget',
    ...(voice ? { call_control_id: `v3:${base62(rng, 22)}` } : {}),
    ...script.telnyxMetadata,
  };
  const firstAt = script.turns[0]?.at ?? 0;
  return {
    conversation: {
      id: script.ids.telnyx,
      name: script.title,
      created_at: isoMillis(firstAt - 1_500_000),
      last_message_at: messages.at(-1)?.created_at ?? isoMillis(firstAt),
      metadata,
    },
    messages,
    insights: insightRuns(script, script.turns.at(-1)?.at ?? firstAt),
  };
}

/**
 * Script → Twilio AI Assistants v1 session record (docs/vendor-notes.md §1.3, §1.5, §1.8).
 * Twilio has no call/result pair id: one `role: tool` message is the call and its result,
 * written when the result arrives.
 */
import type { Json, TwilioMessageWire, TwilioRecord } from '../../sample-backend/dataset.ts';
import { createRng, hashString, uuid7 } from '../random.ts';
import type { JsonObject, Script, ToolCall, TwilioContentShape } from '../script.ts';
import { isoSeconds } from '../time.ts';
import { argumentsValue, isReadOnlyTool, pairToolResults } from './shared.ts';

/** The (fake) account every sample session belongs to; matches `^AC[0-9a-fA-F]{32}$`. */
export const TWILIO_ACCOUNT_SID = 'AC5e0f3c2a9b7d41e68c1a2b3d4e5f6071';
/** The sample assistant, a UUIDv7-suffixed id as real ones are (docs/vendor-notes.md §1.3). */
export const TWILIO_ASSISTANT_ID = 'aia_asst_019321b2-d23f-7b89-9af1-38e569eec609';

/** The assistant text under the key `shape` names (§1.4: only `output` is seen for real). */
function assistantContent(text: string, shape: TwilioContentShape): JsonObject {
  switch (shape) {
    case 'output':
      return { output: text };
    case 'content':
      return { content: text };
    case 'text-value':
      return { text: { value: text, annotations: [] } };
    case 'blocks':
      return { blocks: [{ type: 'text', text }] };
  }
}

/** A stable `aia_tool_…` id per tool name, as if each tool were registered once. */
function toolId(name: string): string {
  const rng = createRng(`tool:${name}`);
  return `aia_tool_${uuid7(Date.UTC(2025, 10, 2) + (hashString(name) % 86_400_000), rng)}`;
}

function toolMeta(name: string, status: number): JsonObject {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    tool_id: toolId(name),
    method: isReadOnlyTool(name) ? 'GET' : 'POST',
    url: `https://tools.example.com/${slug}`,
    status_code: status,
  };
}

/**
 * Encodes a script as a Twilio session and its messages, oldest first. Dates are ISO 8601
 * UTC in whole seconds as in the docs' examples; message ids are `aia_msg_<UUIDv7>`.
 * Assistant turns that only call tools produce no assistant message (the tool message
 * stands for them); system turns keep the free-form role `system`.
 */
export function encodeTwilio(script: Script): TwilioRecord {
  const rng = createRng(`twilio:${script.key}`);
  const { byResult, unpaired } = pairToolResults(script.turns);
  const messages: TwilioMessageWire[] = [];
  const push = (role: string, content: JsonObject, meta: JsonObject, at: number): void => {
    const date = isoSeconds(at);
    messages.push({
      id: `aia_msg_${uuid7(at / 1000, rng)}`,
      account_sid: TWILIO_ACCOUNT_SID,
      assistant_id: TWILIO_ASSISTANT_ID,
      session_id: script.ids.twilio,
      identity: script.twilioIdentity,
      role,
      content,
      meta,
      date_created: date,
      date_updated: date,
    });
  };
  const pushUnanswered = (calls: ToolCall[] | undefined, at: number): void => {
    for (const call of calls ?? []) {
      if (!unpaired.has(call)) continue;
      push(
        'tool',
        { name: call.name, input: argumentsValue(call.arguments) },
        toolMeta(call.name, 200),
        at,
      );
    }
  };
  const userMeta: JsonObject = script.channel === 'voice' ? { mode: 'voice' } : {};
  for (const turn of script.turns) {
    switch (turn.kind) {
      case 'system':
        push('system', { content: turn.text }, {}, turn.at);
        break;
      case 'user':
        if (turn.text !== '' || !turn.toolCalls?.length)
          push('user', { content: turn.text }, userMeta, turn.at);
        pushUnanswered(turn.toolCalls, turn.at);
        break;
      case 'assistant':
        if (turn.text !== '' || !turn.toolCalls?.length) {
          const content = assistantContent(turn.text, turn.twilioShape ?? script.twilioShape);
          const meta = { flagged: turn.flagged ?? false, aborted: turn.aborted ?? false };
          push('assistant', content, meta, turn.at);
        }
        pushUnanswered(turn.toolCalls, turn.at);
        break;
      case 'tool': {
        const call = byResult.get(turn)?.call;
        const status = turn.httpStatus ?? 200;
        const input: Json = call ? argumentsValue(call.arguments) : {};
        const name = call?.name ?? turn.name ?? 'unknown_tool';
        const output = status >= 500 ? 'Tool request failed' : turn.text;
        push('tool', { name, input, output }, toolMeta(name, status), turn.at);
        break;
      }
      case 'knowledge':
        if (turn.query === undefined) {
          push('knowledge', {}, {}, turn.at);
          break;
        }
        push(
          'knowledge',
          {
            query: turn.query,
            output: turn.output ?? '',
            ...(turn.sources ? { sources: turn.sources.map((s) => ({ ...s })) } : {}),
          },
          {
            knowledge_id: turn.knowledgeId ?? 'aia_know_unknown',
            chunks: turn.sources?.length ?? 0,
          },
          turn.at,
        );
        break;
      case 'agent':
        // Roles are free-form (§1.3): a person who took over is an `agent`.
        push('agent', { content: turn.text }, { name: turn.name }, turn.at);
        break;
    }
  }
  const firstAt = script.turns[0]?.at ?? 0;
  return {
    session: {
      id: script.ids.twilio,
      account_sid: TWILIO_ACCOUNT_SID,
      assistant_id: TWILIO_ASSISTANT_ID,
      verified: script.channel === 'voice' || script.channel === 'sms',
      identity: script.twilioIdentity,
      date_created: isoSeconds(firstAt),
      date_updated: isoSeconds(script.turns.at(-1)?.at ?? firstAt),
    },
    messages,
  };
}

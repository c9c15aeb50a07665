/**
 * A small fluent builder for hand-written scripts: it assigns deterministic timestamps and tool
 * call ids (seeded by the script key), so conversation files contain only the dialogue.
 */
import type { Json } from '../sample-backend/dataset.ts';
import { base62, createRng, uuid4 } from './random.ts';
import type {
  Citation,
  JsonObject,
  KnowledgeSource,
  Script,
  ScriptAction,
  TextFormat,
  Turn,
} from './script.ts';
import { micros } from './time.ts';

/** One tool call and its result, as written in a conversation file. */
export interface ToolSpec {
  name: string;
  /** Object arguments, or a raw string kept verbatim. */
  args: JsonObject | string;
  /** Strings are kept as is; anything else is serialised with JSON.stringify. */
  result: Json;
  /** HTTP status of the tool webhook; ≥ 500 marks a failed call. */
  status?: number;
  /** How Moveworks (no tool messages) tells this result as assistant text. */
  prose?: string;
}

/** Options of an assistant turn. */
export interface AssistantOptions {
  format?: TextFormat;
  citations?: Citation[];
  twilioShape?: Script['twilioShape'];
  /** Twilio `meta.flagged` on this answer. */
  flagged?: boolean;
  /** Twilio `meta.aborted` on this answer. */
  aborted?: boolean;
  /** Buttons and links offered with the answer (Moveworks `actions`). */
  actions?: ScriptAction[];
  /** A late reply to the request before the current one (Moveworks `response_id`). */
  lateReply?: boolean;
}

/** Fluent script builder; every method appends turns and returns the builder. */
export interface ScriptBuilder {
  user(text: string): ScriptBuilder;
  /** The user presses the offered button with `callbackId`, labelled `label`. */
  press(label: string, callbackId: string): ScriptBuilder;
  /** A person (`name`) takes over from the assistant and says `text`. */
  agent(name: string, text: string): ScriptBuilder;
  assistant(text: string, options?: AssistantOptions): ScriptBuilder;
  /** An assistant turn making `calls` (in parallel), then one result per call. */
  tools(calls: ToolSpec[], options?: { text?: string; format?: TextFormat }): ScriptBuilder;
  knowledge(query: string, output: string, sources: KnowledgeSource[]): ScriptBuilder;
  /** The empty `content: {}` knowledge message of docs/vendor-notes.md §1.8. */
  emptyKnowledge(): ScriptBuilder;
  /** Lets `seconds` pass before the next turn (e.g. the user comes back later). */
  pause(seconds: number): ScriptBuilder;
  readonly turns: Turn[];
}

/**
 * Starts a builder.
 * @param seed - seeds gaps and call ids (use the script key).
 * @param startIso - ISO 8601 UTC instant of the first turn.
 * @param pace - `voice` turns follow each other faster than `chat` ones.
 */
export function scriptBuilder(
  seed: string,
  startIso: string,
  pace: 'chat' | 'voice',
): ScriptBuilder {
  const rng = createRng(`builder:${seed}`);
  const turns: Turn[] = [];
  let at = micros(startIso);
  let first = true;
  // Gaps in seconds; voice callers answer within seconds, chat users take longer to type.
  const step = (min: number, max: number): number => {
    if (first) first = false;
    else at += Math.round((min + rng.next() * (max - min)) * 1e6);
    return at;
  };
  const userGap = pace === 'voice' ? [3, 9] : [12, 50];
  const replyGap = pace === 'voice' ? [1.2, 2.6] : [2, 6];
  const last = () => turns.at(-1)?.kind;
  const builder: ScriptBuilder = {
    turns,
    user(text) {
      turns.push({ kind: 'user', at: step(userGap[0] ?? 5, userGap[1] ?? 10), text });
      return builder;
    },
    assistant(text, options = {}) {
      const gap = last() === 'tool' || last() === 'knowledge' ? [1, 2.5] : replyGap;
      turns.push({
        kind: 'assistant',
        at: step(gap[0] ?? 1, gap[1] ?? 3),
        text,
        format: options.format ?? 'plain',
        ...(options.citations ? { citations: options.citations } : {}),
        ...(options.twilioShape ? { twilioShape: options.twilioShape } : {}),
        ...(options.flagged ? { flagged: true } : {}),
        ...(options.aborted ? { aborted: true } : {}),
        ...(options.actions ? { actions: options.actions } : {}),
        ...(options.lateReply ? { lateReply: true } : {}),
      });
      return builder;
    },
    press(label, callbackId) {
      const at = step(userGap[0] ?? 5, userGap[1] ?? 10);
      turns.push({ kind: 'user', at, text: label, pressed: callbackId });
      return builder;
    },
    agent(name, text) {
      // A person reads the history before answering.
      turns.push({ kind: 'agent', at: step(30, 90), name, text });
      return builder;
    },
    tools(calls, options = {}) {
      const ids = calls.map(() => `call_${base62(rng, 24)}`);
      turns.push({
        kind: 'assistant',
        at: step(1.5, 3),
        text: options.text ?? '',
        format: options.format ?? 'plain',
        toolCalls: calls.map((c, i) => ({ id: ids[i] ?? '', name: c.name, arguments: c.args })),
      });
      calls.forEach((c, i) => {
        turns.push({
          kind: 'tool',
          at: step(1, 2),
          callId: ids[i] ?? '',
          name: c.name,
          text: typeof c.result === 'string' ? c.result : JSON.stringify(c.result),
          ...(c.status === undefined ? {} : { httpStatus: c.status }),
          ...(c.prose === undefined ? {} : { prose: c.prose }),
        });
      });
      return builder;
    },
    knowledge(query, output, sources) {
      const knowledgeId = `aia_know_${uuid4(rng)}`;
      turns.push({ kind: 'knowledge', at: step(1, 2), query, output, sources, knowledgeId });
      return builder;
    },
    emptyKnowledge() {
      turns.push({ kind: 'knowledge', at: step(1, 2) });
      return builder;
    },
    pause(seconds) {
      at += Math.round(seconds * 1e6);
      return builder;
    },
  };
  return builder;
}

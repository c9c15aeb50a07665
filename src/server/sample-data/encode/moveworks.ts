/**
 * Script → Moveworks Conversations API (beta) record (docs/vendor-notes.md §3.3, §3.4, §3.6).
 * Moveworks history has no tool calls: each assistant-side tool result is told as an
 * assistant Markdown message instead, so the story survives.
 */
import type {
  MoveworksActionWire,
  MoveworksCitationWire,
  MoveworksMessageWire,
  MoveworksRecord,
  MoveworksTextWire,
} from '../../sample-backend/dataset.ts';
import { base62, createRng } from '../random.ts';
import type { AssistantTurn, Script, ScriptAction, TextFormat } from '../script.ts';
import { isoMicros } from '../time.ts';
import { codePointOffsetAfter, fence, pairToolResults, tryParseJson } from './shared.ts';

function content(text: string, format: TextFormat | 'user'): MoveworksTextWire {
  if (format === 'user') return { type: 'PLAIN_TEXT', plain_text: { text } };
  if (format === 'commonmark') return { type: 'COMMONMARK_TEXT', commonmark_text: { text } };
  return { type: 'MARKDOWN_TEXT', markdown_text: { text } };
}

/** A script's offered button or link as Moveworks `actions` carry it (§3.3). */
function action(a: ScriptAction): MoveworksActionWire {
  return a.kind === 'url'
    ? { type: 'URL_ACTION', label: a.label, url_action: { url: a.url ?? '' } }
    : {
        type: 'CALLBACK_ACTION',
        label: a.label,
        callback_action: { callback_id: a.callbackId ?? '' },
      };
}

/** How a tool result reads as assistant prose when the script gives none. */
export function defaultToolProse(name: string, text: string, httpStatus: number): string {
  if (httpStatus >= 500) return `I couldn't reach **${name}** just now — the request failed.`;
  const lang = tryParseJson(text) === undefined ? '' : 'json';
  return `Result of **${name}**:\n\n${fence(text, lang)}`;
}

/**
 * Citations and content references of one assistant turn. Offsets are code-point indices
 * into the raw text, just after the anchor (§3.4); references ascend by offset, and several
 * may share one. With `legacy`, the deprecated `location.offset` is set instead and
 * `content_references` is null.
 */
function cite(
  turn: AssistantTurn,
  legacy: boolean,
  nextId: () => string,
): Pick<MoveworksMessageWire, 'citations' | 'content_references'> {
  if (!turn.citations?.length) return { citations: null, content_references: null };
  const items = turn.citations.map((c) => ({
    c,
    id: nextId(),
    offset: codePointOffsetAfter(turn.text, c.after),
  }));
  const citations: MoveworksCitationWire[] = items.map(({ c, id, offset }) => ({
    citation_id: id,
    url: c.url,
    display: {
      title: content(c.title, /[<*]/.test(c.title) ? 'markdown' : 'user'),
      body: content(c.body, legacy ? 'user' : 'markdown'),
      ...(c.updatedAt ? { attributes: [{ key: 'UPDATE_DATETIME', value: c.updatedAt }] } : {}),
    },
    ...(legacy ? { location: { offset } } : {}),
  }));
  const refs = [...items]
    .sort((a, b) => a.offset - b.offset)
    .map((i) => ({ citation_id: i.id, offset: i.offset }));
  return { citations, content_references: legacy ? null : refs };
}

/**
 * Encodes a script as a Moveworks conversation and its messages, oldest first. Each USER turn
 * opens a response whose ASSISTANT replies share its `response_id` (a late reply takes the one
 * before); the last reply of a response carries feedback callbacks. Timestamps are ISO 8601 UTC
 * with microseconds.
 * A pressed button is a USER message of `CALLBACK_ACTION_CONTENT`; a person who took over is
 * `LIVE_AGENT` with `sender_info`. Dropped: system turns, knowledge lookups (their sources
 * appear as citations), tool-only assistant turns, and results of user-side tool calls.
 */
export function encodeMoveworks(script: Script): MoveworksRecord {
  const rng = createRng(`moveworks:${script.key}`);
  const id = (prefix: string, length = 21): string => `${prefix}_${base62(rng, length)}`;
  const { byResult } = pairToolResults(script.turns);
  const messages: MoveworksMessageWire[] = [];
  const responses: string[] = [];
  const push = (
    actor: MoveworksMessageWire['actor'],
    at: number,
    extra: Pick<MoveworksMessageWire, 'content' | 'citations' | 'content_references'> &
      Partial<Pick<MoveworksMessageWire, 'actions' | 'sender_info'>>,
    late = false,
  ): void => {
    // A user's input opens a response; a person who took over answers outside the assistant's.
    if (actor !== 'ASSISTANT' || responses.length === 0) responses.push(id('resp'));
    const response = (late ? responses.at(-2) : undefined) ?? responses.at(-1) ?? '';
    messages.push({
      message_id: id('msg'),
      conversation_id: script.ids.moveworks,
      response_id: response,
      actor,
      ...extra,
      feedback: null,
      created_at: isoMicros(at),
    });
  };
  const none = { citations: null, content_references: null };
  for (const turn of script.turns) {
    if (turn.kind === 'user') {
      if (turn.text === '' && turn.toolCalls?.length) continue;
      const pressed = turn.pressed && {
        type: 'CALLBACK_ACTION_CONTENT' as const,
        callback_action: { callback_id: turn.pressed },
      };
      push('USER', turn.at, { content: pressed || content(turn.text, 'user'), ...none });
    } else if (turn.kind === 'assistant') {
      if (turn.text === '' && turn.toolCalls?.length) continue;
      const refs = cite(turn, script.legacyCitations === true, () => id('cite', 16));
      const actions = turn.actions?.map(action);
      const body = { content: content(turn.text, turn.format), ...refs };
      push('ASSISTANT', turn.at, actions ? { ...body, actions } : body, turn.lateReply);
    } else if (turn.kind === 'agent') {
      const sender_info = { display_name: turn.name };
      push('LIVE_AGENT', turn.at, {
        content: content(turn.text, 'markdown'),
        ...none,
        sender_info,
      });
    } else if (turn.kind === 'tool') {
      const paired = byResult.get(turn);
      if (paired?.requestor === 'user') continue;
      const name = paired?.call.name ?? turn.name ?? 'a tool';
      const prose = turn.prose ?? defaultToolProse(name, turn.text, turn.httpStatus ?? 200);
      push('ASSISTANT', turn.at, { content: content(prose, 'markdown'), ...none });
    }
  }
  // Feedback callbacks sit on the final assistant message of each response (§3.3).
  const lastOfResponse = new Map<string, MoveworksMessageWire>();
  for (const m of messages) if (m.actor === 'ASSISTANT') lastOfResponse.set(m.response_id, m);
  for (const m of lastOfResponse.values()) {
    const callback = id('callback', 12);
    m.feedback = { helpful: { callback_id: callback }, unhelpful: { callback_id: callback } };
  }
  const firstAt = script.turns[0]?.at ?? 0;
  return {
    conversation: {
      conversation_id: script.ids.moveworks,
      title: script.title,
      archived: script.archived === true,
      created_at: isoMicros(firstAt),
      updated_at: messages.at(-1)?.created_at ?? isoMicros(firstAt),
    },
    messages,
  };
}

/**
 * tau-bench trajectories: OpenAI chat format — `tool_calls[].function.arguments` is a JSON
 * string (kept verbatim), results are `role: tool` with `tool_call_id`, content may be null.
 */
import type { ToolCall } from '../script.ts';
import type { ChatDraft, DraftTurn } from './draft.ts';
import { isRecord, list, str, text } from './guards.ts';

function openAiCalls(value: unknown): ToolCall[] | undefined {
  const calls = list(value).flatMap((c): ToolCall[] => {
    if (!isRecord(c) || !isRecord(c.function)) return [];
    const args = c.function.arguments;
    return [
      {
        id: str(c.id) ?? '',
        name: str(c.function.name) ?? 'unknown_tool',
        arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}),
      },
    ];
  });
  return calls.length ? calls : undefined;
}

/** Maps one OpenAI-format message; unknown roles are skipped. */
export function openAiTurn(m: unknown): DraftTurn[] {
  if (!isRecord(m)) return [];
  const toolCalls = openAiCalls(m.tool_calls);
  switch (m.role) {
    case 'system':
      return [{ kind: 'system', text: text(m.content) }];
    case 'user':
      return [{ kind: 'user', text: text(m.content), ...(toolCalls ? { toolCalls } : {}) }];
    case 'assistant':
      return [
        {
          kind: 'assistant',
          text: text(m.content),
          format: 'markdown',
          ...(toolCalls ? { toolCalls } : {}),
        },
      ];
    case 'tool': {
      const name = str(m.name);
      return [
        {
          kind: 'tool',
          callId: str(m.tool_call_id) ?? '',
          text: text(m.content),
          ...(name ? { name } : {}),
        },
      ];
    }
    default:
      return [];
  }
}

/**
 * Reads a tau-bench file (`[{task_id, trial, info, traj: [message]}]`), at most `limit` chats.
 * The system prompt stays as a system turn. There are no timestamps.
 */
export function tauBenchChats(data: unknown, source: string, limit: number): ChatDraft[] {
  return list(data)
    .slice(0, limit)
    .flatMap((chat, i): ChatDraft[] => {
      if (!isRecord(chat)) return [];
      const task = typeof chat.task_id === 'number' ? chat.task_id : i;
      const trial = typeof chat.trial === 'number' ? chat.trial : 0;
      const info = isRecord(chat.info) && isRecord(chat.info.task) ? chat.info.task : {};
      const user = str(info.user_id);
      return [
        {
          source,
          localId: `task-${task}.trial-${trial}`,
          title: `tau-bench airline · task ${task} (trial ${trial})`,
          ...(user ? { user } : {}),
          turns: list(chat.traj).flatMap(openAiTurn),
        },
      ];
    });
}

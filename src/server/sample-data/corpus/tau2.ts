/**
 * tau2-bench simulations: tool arguments are objects, results are `role: tool` whose `id` is
 * the call id, users call tools too (`requestor: user`), `error: true` marks a failed tool,
 * and timestamps are naive ISO strings (read as UTC).
 */
import type { ToolCall } from '../script.ts';
import { parseIsoMicros } from '../time.ts';
import type { ChatDraft, DraftTurn } from './draft.ts';
import { isRecord, list, str, text, toJson, toJsonObject } from './guards.ts';

function tau2Calls(value: unknown): ToolCall[] | undefined {
  const calls = list(value).flatMap((c): ToolCall[] => {
    if (!isRecord(c)) return [];
    const args = c.arguments;
    return [
      {
        id: str(c.id) ?? '',
        name: str(c.name) ?? 'unknown_tool',
        arguments: isRecord(args) ? toJsonObject(args) : JSON.stringify(toJson(args ?? {})),
      },
    ];
  });
  return calls.length ? calls : undefined;
}

function tau2Turn(m: unknown): DraftTurn[] {
  if (!isRecord(m)) return [];
  const stamp = str(m.timestamp);
  const at = stamp === undefined ? undefined : parseIsoMicros(stamp);
  const when = at === undefined ? {} : { at };
  const toolCalls = tau2Calls(m.tool_calls);
  const calls = toolCalls ? { toolCalls } : {};
  switch (m.role) {
    case 'user':
      return [{ kind: 'user', text: text(m.content), ...calls, ...when }];
    case 'assistant':
      return [{ kind: 'assistant', text: text(m.content), format: 'markdown', ...calls, ...when }];
    case 'tool':
      // A tool error is the tool's own answer, not a failed webhook: keep the text (HTTP 400).
      return [
        {
          kind: 'tool',
          callId: str(m.id) ?? '',
          text: text(m.content),
          ...(m.error === true ? { httpStatus: 400 } : {}),
          ...when,
        },
      ];
    default:
      return [];
  }
}

/**
 * Reads a tau2-bench results file (`{info, simulations: [{id, task_id, messages}]}`), at most
 * `limit` simulations. The policy prompt in `info` is not part of the chat and is left out.
 */
export function tau2Chats(data: unknown, source: string, limit: number): ChatDraft[] {
  if (!isRecord(data)) return [];
  const info = isRecord(data.info) ? data.info : {};
  const env = isRecord(info.environment_info) ? info.environment_info : {};
  const agent = isRecord(info.agent_info) ? info.agent_info : {};
  const domain = str(env.domain_name) ?? 'tau2';
  const model = str(agent.llm) ?? 'unknown model';
  return list(data.simulations)
    .slice(0, limit)
    .flatMap((sim, i): ChatDraft[] => {
      if (!isRecord(sim)) return [];
      const id = str(sim.id) ?? `sim-${i}`;
      const task =
        str(sim.task_id) ?? (typeof sim.task_id === 'number' ? String(sim.task_id) : '?');
      return [
        {
          source,
          localId: id,
          title: `tau2 ${domain} · task ${task} · ${model}`,
          user: `tau2-${id.slice(0, 8)}`,
          turns: list(sim.messages).flatMap(tau2Turn),
        },
      ];
    });
}

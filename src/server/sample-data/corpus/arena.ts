/**
 * arena-hard-auto answer files (JSON Lines): `{uid, model, tstamp, messages: [{role: user,
 * content}, {role: assistant, content: {answer}}]}`. The question is in the file itself, so
 * `question.jsonl` is not needed.
 */
import { createRng } from '../random.ts';
import type { ChatDraft, DraftTurn } from './draft.ts';
import { isRecord, list, str, text } from './guards.ts';

/** Scripts other than Latin (CJK, Cyrillic, Hebrew, Arabic, Hangul) or emoji. */
const NON_LATIN =
  /[\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|\p{Emoji_Presentation}/u;

function answerText(content: unknown): string {
  if (isRecord(content)) return text(content.answer);
  return text(content);
}

/**
 * Reads an arena-hard answer file, at most `limit` chats. Questions in non-Latin scripts are
 * rare and the most useful to a viewer, so up to a quarter of the slots go to them first; the
 * rest are taken in file order. The answer's `tstamp` (Unix seconds) dates the reply; the
 * question is dated a seeded 5–40 s earlier.
 */
export function arenaChats(jsonl: string, source: string, limit: number): ChatDraft[] {
  const rows = jsonl.split('\n').flatMap((line): Record<string, unknown>[] => {
    if (line.trim() === '') return [];
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? [value] : [];
  });
  const question = (row: Record<string, unknown>): string =>
    list(row.messages)
      .map((m) => (isRecord(m) && m.role === 'user' ? text(m.content) : ''))
      .join('');
  const foreign = rows.filter((r) => NON_LATIN.test(question(r))).slice(0, Math.floor(limit / 4));
  const picked = [...foreign, ...rows.filter((r) => !foreign.includes(r))].slice(0, limit);
  return picked.map((row, i) => {
    const uid = str(row.uid) ?? `row-${i}`;
    const model = str(row.model) ?? 'unknown model';
    const answeredAt = typeof row.tstamp === 'number' ? Math.round(row.tstamp * 1e6) : undefined;
    const rng = createRng(`arena:${uid}`);
    let at = answeredAt === undefined ? undefined : answeredAt - rng.int(5, 40) * 1e6;
    const turns = list(row.messages).flatMap((m): DraftTurn[] => {
      if (!isRecord(m)) return [];
      const when = at === undefined ? {} : { at };
      at = answeredAt;
      if (m.role === 'user') return [{ kind: 'user', text: text(m.content), ...when }];
      if (m.role === 'assistant')
        return [{ kind: 'assistant', text: answerText(m.content), format: 'markdown', ...when }];
      return [];
    });
    const firstLine = (question(row).split('\n')[0] ?? '').slice(0, 60);
    return { source, localId: uid, title: `arena-hard · ${model}: ${firstLine}`, turns };
  });
}

import { compactPhone, METADATA_KEY } from '../list-filters.ts';
import type { ListFilters } from '../types.ts';

/** A value in a PostgREST `or=(…)` list, double-quoted when it holds `,` `(` `)` `"` `\` or a space. */
function listValue(value: string): string {
  return /[,()"\\\s]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
}

/** The day after `day` (`YYYY-MM-DD`, UTC). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * `filters` as the query parameters of Telnyx's `GET /ai/conversations` (docs/vendor-notes.md
 * §2.2, PostgREST-style, ANDed): `q` as `or=(name.ilike.*q*,metadata->telnyx_end_user_target
 * .ilike.*q*)`; `from`/`to` as `created_at=gte.<from>T00:00:00Z` and `created_at=lt.<the day
 * after to>T00:00:00Z`; `channel`, `assistant` and `user` as `eq.` on their metadata keys; one
 * metadata key as `metadata-><key>=eq.<value>`, left out when the key is not `[A-Za-z0-9_]+`.
 * Phone numbers in `q` and `user` are compacted as vendors store them (`+13125550100`).
 * @returns `[name, value]` pairs, unencoded, in a stable order.
 */
export function telnyxListParams(filters: ListFilters): [string, string][] {
  const params: [string, string][] = [];
  if (filters.q) {
    const like = listValue(`*${compactPhone(filters.q)}*`);
    params.push(['or', `(name.ilike.${like},metadata->telnyx_end_user_target.ilike.${like})`]);
  }
  if (filters.from) params.push(['created_at', `gte.${filters.from}T00:00:00Z`]);
  if (filters.to) params.push(['created_at', `lt.${nextDay(filters.to)}T00:00:00Z`]);
  const metadata: [string, string | undefined][] = [
    ['telnyx_conversation_channel', filters.channel],
    ['assistant_id', filters.assistant],
    ['telnyx_end_user_target', filters.user && compactPhone(filters.user)],
  ];
  if (filters.metadata && METADATA_KEY.test(filters.metadata.key)) {
    metadata.push([filters.metadata.key, filters.metadata.value]);
  }
  for (const [key, value] of metadata) {
    if (value) params.push([`metadata->${key}`, `eq.${value}`]);
  }
  return params;
}

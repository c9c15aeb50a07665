import type { Reply, RequestContext } from './http-reply.ts';
import { timeKey } from './paging.ts';
import type { SampleStore, TelnyxEntry } from './store.ts';
import { readIntQuery, validationFailed, type ValidationIssue } from './telnyx-validation.ts';

const ORDERS = ['last_message_at.desc', 'last_message_at.asc', 'created_at.desc', 'created_at.asc'];
const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike'];
const DATE_COLUMNS = new Set(['created_at', 'last_message_at']);

type Predicate = (entry: TelnyxEntry) => boolean;

/**
 * `GET /ai/conversations` (docs/vendor-notes.md §2.2, §2.5): `{data:[Conversation]}` with no `meta`.
 * Supports `limit` (≥ 1, default 20), `order` (`last_message_at|created_at` `.desc|.asc`, default
 * `last_message_at.desc`) and PostgREST filters `column=op.value` on `id`, `name`, `created_at`,
 * `last_message_at` and `metadata->key`, with op in eq, neq, gt, gte, lt, lte, like, ilike
 * (`%` or `*` as wildcard); repeated filters are ANDed, and `or=(c.op.v,…)` holds when any of
 * its conditions does (a value double-quoted when it holds `,` or brackets). Enough for keyset paging by
 * `last_message_at=lt.<oldest seen>`. With `Prefer: count=exact`, adds PostgREST's
 * `Content-Range: start-end/total`. Bad values → 422 in FastAPI's shape.
 */
export function listTelnyxConversations(ctx: RequestContext, store: SampleStore['telnyx']): Reply {
  const issues: ValidationIssue[] = [];
  const limit = readIntQuery(ctx.query, 'limit', { fallback: 20, min: 1 }, issues);
  const order = ctx.query.get('order') ?? 'last_message_at.desc';
  if (!ORDERS.includes(order)) {
    const msg = `Input should be ${ORDERS.map((o) => `'${o}'`).join(', ')}`;
    issues.push({ loc: ['query', 'order'], msg, type: 'literal_error', input: order });
  }
  const predicates: Predicate[] = [];
  for (const [name, value] of ctx.query) {
    if (isColumn(name)) {
      const predicate = parseFilter(name, value, issues);
      if (predicate) predicates.push(predicate);
    } else if (name === 'or') {
      const predicate = parseOr(value, issues);
      if (predicate) predicates.push(predicate);
    }
  }
  if (issues.length > 0) return validationFailed(issues);

  const sorted = order.startsWith('created_at') ? store.byCreatedAt : store.byLastMessageAt;
  const descending = order.endsWith('.desc');
  const data = [];
  let total = 0;
  // Walk the presorted array from the right end instead of sorting or reversing per request.
  for (let k = 0; k < sorted.length; k++) {
    const entry = sorted[descending ? sorted.length - 1 - k : k];
    if (entry === undefined || !predicates.every((p) => p(entry))) continue;
    total++;
    if (data.length < limit) data.push(entry.record.conversation);
  }
  const headers: Record<string, string> = {};
  if (/count=exact/i.test(String(ctx.headers.prefer ?? ''))) {
    headers['content-range'] = data.length > 0 ? `0-${data.length - 1}/${total}` : `*/${total}`;
  }
  return { status: 200, body: { data }, headers };
}

/** A column a filter may name: `id`, `name`, the two dates, or `metadata-><key>`. */
function isColumn(name: string): boolean {
  return (
    name === 'id' || name === 'name' || DATE_COLUMNS.has(name) || name.startsWith('metadata->')
  );
}

/**
 * Splits PostgREST's `(a.op.v,b.op.v)` into its conditions at top-level commas; a value may be
 * double-quoted, with `\` escaping `"` and `\` inside. Undefined when the list is malformed.
 */
function splitOr(raw: string): [string, string][] | undefined {
  if (!raw.startsWith('(') || !raw.endsWith(')')) return undefined;
  const conditions: [string, string][] = [];
  let current = '';
  let quoted = false;
  const body = raw.slice(1, -1);
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === undefined || (ch === ',' && !quoted)) {
      const match = /^([^.]+)\.([a-z]+)\.(.*)$/s.exec(current);
      if (!match) return undefined;
      const [, column = '', op = '', value = ''] = match;
      conditions.push([column, `${op}.${value}`]);
      current = '';
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === '\\' && quoted) {
      current += body[++i] ?? '';
    } else {
      current += ch;
    }
  }
  return conditions;
}

/** Parses `or=(…)`: any of its conditions holds. A 422 issue, and null, when it is malformed. */
function parseOr(raw: string, issues: ValidationIssue[]): Predicate | null {
  const conditions = splitOr(raw);
  if (!conditions || conditions.some(([column]) => !isColumn(column))) {
    const msg =
      'or should be (<column>.<operator>.<value>,…) on id, name, created_at, last_message_at or metadata-><key>';
    issues.push({ loc: ['query', 'or'], msg, type: 'value_error', input: raw });
    return null;
  }
  const predicates = conditions.map(([column, filter]) => parseFilter(column, filter, issues));
  if (predicates.some((p) => p === null)) return null;
  return (entry) => predicates.some((p) => p?.(entry));
}

/** Parses one `column=op.value` filter; pushes a 422 issue and returns null when it is malformed. */
function parseFilter(column: string, raw: string, issues: ValidationIssue[]): Predicate | null {
  const dot = raw.indexOf('.');
  const op = dot === -1 ? '' : raw.slice(0, dot);
  const operand = raw.slice(dot + 1);
  const loc = ['query', column];
  if (!OPERATORS.includes(op)) {
    const msg = `Filter should be <operator>.<value> with operator one of ${OPERATORS.join(', ')}`;
    issues.push({ loc, msg, type: 'value_error', input: raw });
    return null;
  }
  if (DATE_COLUMNS.has(column)) {
    const bound = timeKey(operand);
    if (Number.isNaN(bound) || op === 'like' || op === 'ilike') {
      const msg =
        'Filter value should be an ISO 8601 date-time compared with eq, neq, gt, gte, lt or lte';
      issues.push({ loc, msg, type: 'value_error', input: raw });
      return null;
    }
    const keyOf = (e: TelnyxEntry): number =>
      column === 'created_at' ? e.createdAt : e.lastMessageAt;
    return (e) => compare(op, keyOf(e) - bound);
  }
  const textOf = (e: TelnyxEntry): string | undefined => {
    const c = e.record.conversation;
    if (column === 'id') return c.id;
    if (column === 'name') return c.name;
    return c.metadata[column.slice('metadata->'.length)];
  };
  // SQL semantics: a missing metadata key is NULL, which matches no comparison at all.
  if (op === 'like' || op === 'ilike') {
    const pattern = likePattern(operand, op === 'ilike');
    return (e) => {
      const text = textOf(e);
      return text !== undefined && pattern.test(text);
    };
  }
  return (e) => {
    const text = textOf(e);
    if (text === undefined) return false;
    return compare(op, text < operand ? -1 : text > operand ? 1 : 0);
  };
}

function compare(op: string, sign: number): boolean {
  if (op === 'eq') return sign === 0;
  if (op === 'neq') return sign !== 0;
  if (op === 'gt') return sign > 0;
  if (op === 'gte') return sign >= 0;
  if (op === 'lt') return sign < 0;
  return sign <= 0;
}

/** SQL LIKE → RegExp: `%` and PostgREST's URL-friendly `*` match any run, `_` one character. */
function likePattern(pattern: string, caseInsensitive: boolean): RegExp {
  const body = Array.from(pattern, (ch) => {
    if (ch === '%' || ch === '*') return '.*';
    if (ch === '_') return '.';
    return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's');
}

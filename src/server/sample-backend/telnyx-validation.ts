import type { Reply } from './http-reply.ts';
import { parseIntegerParam } from './paging.ts';

/**
 * One entry of a FastAPI/Pydantic v2 validation error, as Telnyx's AI endpoints send it
 * (docs/vendor-notes.md §2.6, `HTTPValidationError`): `{loc, msg, type, input, ctx?}`.
 */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  input: string;
  ctx?: Record<string, number | string>;
}

/** Bounds and default of an integer query parameter. */
export interface IntRule {
  fallback: number;
  min: number;
  max?: number;
}

/**
 * Reads an integer query parameter the way Pydantic does, pushing `int_parsing`,
 * `greater_than_equal` or `less_than_equal` issues (all issues are reported together, as FastAPI does).
 * @returns the value, or `rule.fallback` when absent or invalid (an invalid value also adds an issue).
 */
export function readIntQuery(
  query: URLSearchParams,
  name: string,
  rule: IntRule,
  issues: ValidationIssue[],
): number {
  const raw = query.get(name);
  if (raw === null) return rule.fallback;
  const loc = ['query', name];
  const value = parseIntegerParam(raw.trim());
  if (value === null) {
    const msg = 'Input should be a valid integer, unable to parse string as an integer';
    issues.push({ loc, msg, type: 'int_parsing', input: raw });
  } else if (value < rule.min) {
    const msg = `Input should be greater than or equal to ${rule.min}`;
    issues.push({ loc, msg, type: 'greater_than_equal', input: raw, ctx: { ge: rule.min } });
  } else if (rule.max !== undefined && value > rule.max) {
    const msg = `Input should be less than or equal to ${rule.max}`;
    issues.push({ loc, msg, type: 'less_than_equal', input: raw, ctx: { le: rule.max } });
  } else {
    return value;
  }
  return rule.fallback;
}

/** The 422 reply for collected issues: `{"detail":[ValidationIssue, …]}`. */
export function validationFailed(issues: ValidationIssue[]): Reply {
  return { status: 422, body: { detail: issues } };
}

/** FastAPI's 404 body for an unknown conversation (docs/vendor-notes.md §2.2). */
export const CONVERSATION_NOT_FOUND: Reply = {
  status: 404,
  body: { detail: 'Conversation Not Found' },
};

/** Telnyx platform error envelope `{errors:[{code, title, detail}]}` (docs/vendor-notes.md §2.6). */
export function telnyxPlatformError(
  status: number,
  code: string,
  title: string,
  detail: string,
): Reply {
  return { status, body: { errors: [{ code, title, detail }] } };
}

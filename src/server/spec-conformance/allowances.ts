/**
 * Known differences between a vendor's spec and what its API sends (docs/vendor-notes.md §4),
 * each tolerated exactly where a test names it, and the check that applies them.
 */
import type { OpenAPIBackend } from 'openapi-backend';
import type { Exchange } from '../recording-relay.ts';
import { checkExchange, type Problem } from './conformance.ts';

/** One tolerated difference. */
export interface Allowance {
  /** The difference as the test name states it, e.g. "the spec omits null, which the API sends". */
  says: string;
  /** True for a problem this difference explains, and for no other. */
  covers: (problem: Problem) => boolean;
}

/** The test-name suffix that states `allowances`: ` (a; b)`, or nothing. */
export function allowing(...allowances: Allowance[]): string {
  return allowances.length === 0 ? '' : ` (${allowances.map((a) => a.says).join('; ')})`;
}

/** What checking a set of exchanges found. */
export interface Conformance {
  /** `operationId status` of each exchange, sorted, once each: what was covered. */
  seen: string[];
  /** Problems no allowance explains. */
  unexplained: Problem[];
  /** Allowances that explained nothing: stale, so the test fails until they are removed. */
  unused: string[];
}

/**
 * Checks every exchange against `api`, tolerating exactly `allowances`.
 * @returns what was covered, what no allowance explains, and which allowances went unused.
 */
export function conformance(
  api: OpenAPIBackend,
  exchanges: readonly Exchange[],
  allowances: Allowance[],
): Conformance {
  const seen = new Set<string>();
  const used = new Set<Allowance>();
  const unexplained: Problem[] = [];
  for (const exchange of exchanges) {
    const operation = api.router.matchOperation({
      method: exchange.method,
      path: exchange.url,
      headers: {},
    });
    seen.add(`${operation?.operationId ?? '(none)'} ${exchange.status}`);
    for (const problem of checkExchange(api, exchange)) {
      const allowance = allowances.find((a) => a.covers(problem));
      if (allowance) used.add(allowance);
      else unexplained.push(problem);
    }
  }
  const unused = allowances.filter((a) => !used.has(a)).map((a) => a.says);
  return { seen: [...seen].sort(), unexplained, unused };
}

/**
 * An answer to an error status the spec does not document, whose body has `shape`: the vendor's
 * error envelope that the spec leaves out.
 */
export function undocumentedError(says: string, shape: (body: unknown) => boolean): Allowance {
  return {
    says,
    covers: (p) =>
      p.side === 'response' &&
      p.status >= 400 &&
      p.pointer === '' &&
      /^the spec documents no (body for )?\d+/.test(p.message) &&
      shape(p.value),
  };
}

/**
 * The exchanges `drive` causes on a stack that records into `exchanges`.
 * @throws whatever `drive` throws.
 */
export async function recordDuring(
  exchanges: readonly Exchange[],
  drive: () => Promise<unknown>,
): Promise<Exchange[]> {
  const before = exchanges.length;
  await drive();
  return exchanges.slice(before);
}

/** True when `value` is an object whose `key` holds a value of type `type`. */
export function has(value: unknown, key: string, type: 'string' | 'number' | 'object'): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const field: unknown = Reflect.get(value, key);
  return typeof field === type && field !== null;
}

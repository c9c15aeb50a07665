import type { ServerResponse } from 'node:http';

/**
 * One injected fault: what a real vendor or the network in front of it does on a bad day.
 * - `status`: answers `status` with `body` (JSON text, the vendor's error shape) and `headers`
 *   (e.g. `retry-after`, `x-ratelimit-reset`) instead of the real answer;
 * - `html`: a gateway's HTML error page with `status` (default 502);
 * - `body`: the real status line but `body` and `contentType` instead of the real body (JSON of the
 *   wrong shape, an empty page with a next cursor);
 * - `truncate`: the real answer cut in half, with a Content-Length that matches the cut;
 * - `drop`: the real headers and half the body, then the connection is dropped;
 * - `delay`: the real answer after `delayMs`.
 */
export interface FaultRule {
  kind: 'status' | 'html' | 'body' | 'truncate' | 'drop' | 'delay';
  /** A substring of the raw request target (path and query) the rule applies to. */
  match: string;
  /** Matching requests let through before the rule applies; default 0. */
  skip?: number;
  /** Matching requests the rule applies to, after `skip`; default unlimited. */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  contentType?: string;
  delayMs?: number;
}

/** The fault rules in force, each with the count of requests it has seen. */
export interface Faults {
  /** Replaces every rule. */
  set(rules: FaultRule[]): void;
  /** The rule that applies to `target`, counting it against every rule that matches. */
  take(target: string): FaultRule | undefined;
}

/** Creates an empty rule set. */
export function createFaults(): Faults {
  let rules: { rule: FaultRule; seen: number }[] = [];
  return {
    set(next) {
      rules = next.map((rule) => ({ rule, seen: 0 }));
    },
    take(target) {
      let applied: FaultRule | undefined;
      for (const entry of rules) {
        if (!target.includes(entry.rule.match)) continue;
        entry.seen += 1;
        const skip = entry.rule.skip ?? 0;
        const times = entry.rule.times ?? Number.POSITIVE_INFINITY;
        if (!applied && entry.seen > skip && entry.seen <= skip + times) applied = entry.rule;
      }
      return applied;
    },
  };
}

const GATEWAY_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>' +
  '<script>document.title = "owned"</script><hr>sample-gateway</body></html>';

/**
 * Writes the answer `rule` makes of the real one (`status`, `headers`, `payload`); a `delay`
 * rule's wait is the caller's, and the real answer goes out as it is.
 */
export function sendFaulty(
  res: ServerResponse,
  rule: FaultRule,
  real: { status: number; headers: Record<string, string | number>; payload: string },
): void {
  const json = 'application/json; charset=utf-8';
  const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      ...extra,
    });
    res.end(body);
  };
  const half = real.payload.slice(0, Math.floor(real.payload.length / 2));
  switch (rule.kind) {
    case 'status':
      return send(rule.status ?? 500, json, rule.body ?? '{}', rule.headers);
    case 'html':
      return send(rule.status ?? 502, 'text/html; charset=utf-8', GATEWAY_PAGE, rule.headers);
    case 'body':
      return send(
        rule.status ?? real.status,
        rule.contentType ?? json,
        rule.body ?? '',
        rule.headers,
      );
    case 'truncate':
      return send(real.status, json, half);
    case 'drop':
      res.writeHead(real.status, real.headers);
      res.write(half);
      // Flushed first, so the reader sees a body begin and then stop.
      return void setTimeout(() => res.destroy(), 50);
    case 'delay':
      res.writeHead(real.status, real.headers);
      return void res.end(real.payload);
  }
}

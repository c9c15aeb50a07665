import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Faults } from './faults.ts';
import { readJsonBody, sendReply, type Reply } from './http-reply.ts';
import type { TokenIssuer } from './moveworks-oauth.ts';

/** Where the admin routes live; only a backend started with `faults: true` has them. */
export const ADMIN_PREFIX = '/__admin/';

const ruleSchema = z.object({
  kind: z.enum(['status', 'html', 'body', 'truncate', 'drop', 'delay']),
  match: z.string().min(1),
  skip: z.number().int().nonnegative().optional(),
  times: z.number().int().positive().optional(),
  status: z.number().int().min(100).max(599).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  contentType: z.string().optional(),
  delayMs: z.number().int().nonnegative().max(120_000).optional(),
});
const faultsSchema = z.object({ rules: z.array(ruleSchema) });
const tokensSchema = z.object({
  lifetimeS: z.number().int().positive().optional(),
  revoke: z.boolean().optional(),
});

/** What the admin routes act on. */
export interface AdminTargets {
  faults: Faults;
  tokens: TokenIssuer;
  requestLog: string[];
}

/**
 * The sample backend's admin routes, for fault tests (docs/architecture.md, "Fault tests"):
 * - `PUT /__admin/faults` `{rules: FaultRule[]}` replaces the fault rules (`{rules: []}` clears);
 * - `PUT /__admin/tokens` `{lifetimeS?, revoke?}` sets the lifetime of Moveworks tokens minted
 *   from now on (s), and with `revoke` ends every token minted so far;
 * - `GET /__admin/log` → `{requests: ["GET /path?query", …]}`, every request so far.
 * A body that does not fit answers 400 with the problems.
 */
export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  targets: AdminTargets,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${(req.url ?? '').split('?')[0]}`;
  const body = req.method === 'PUT' ? ((await readJsonBody(req)) ?? {}) : undefined;
  const reply = ((): Reply => {
    if (route === 'GET /__admin/log')
      return { status: 200, body: { requests: targets.requestLog } };
    if (route === 'PUT /__admin/faults') {
      const parsed = faultsSchema.safeParse(body);
      if (!parsed.success) return { status: 400, body: { message: parsed.error.message } };
      targets.faults.set(parsed.data.rules);
      return { status: 200, body: { rules: parsed.data.rules.length } };
    }
    if (route === 'PUT /__admin/tokens') {
      const parsed = tokensSchema.safeParse(body);
      if (!parsed.success) return { status: 400, body: { message: parsed.error.message } };
      if (parsed.data.lifetimeS !== undefined) targets.tokens.lifetimeS = parsed.data.lifetimeS;
      if (parsed.data.revoke) targets.tokens.revokeAll();
      return { status: 200, body: { lifetimeS: targets.tokens.lifetimeS } };
    }
    return { status: 404, body: { message: `No admin route ${route}` } };
  })();
  sendReply(res, 'GET', reply);
}

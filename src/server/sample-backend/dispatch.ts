import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SampleCredentials } from './credentials.ts';
import { sendFaulty, type FaultRule } from './faults.ts';
import {
  parseRequestTarget,
  readJsonBody,
  sendReply,
  urlHost,
  wireOf,
  type Reply,
  type RequestContext,
} from './http-reply.ts';
import { MOVEWORKS_TOKEN_PATH, type TokenIssuer } from './moveworks-oauth.ts';
import { handleMoveworks } from './moveworks-routes.ts';
import type { SampleStore } from './store.ts';
import { handleTelnyx } from './telnyx-routes.ts';
import { handleTwilio } from './twilio-routes.ts';

/** What the sample vendors check a request's credentials against. */
export interface SampleAuth {
  credentials: SampleCredentials;
  /** Moveworks' token endpoint and the tokens it minted. */
  tokens: TokenIssuer;
}

/**
 * Answers one request: routes it by vendor prefix (`/twilio`, `/telnyx/v2`,
 * `/moveworks/rest/v1beta1`, and Moveworks' token endpoint `POST /moveworks/oauth/v1/token`) and
 * writes the JSON reply, or what `fault` makes of it (faults.ts). Never throws: a failure inside
 * a route becomes a 500 with the reason, logged to stderr.
 */
export function respond(
  req: IncomingMessage,
  res: ServerResponse,
  store: SampleStore,
  auth: SampleAuth,
  fault?: FaultRule,
): void {
  const method = (req.method ?? 'GET').toUpperCase();
  const send = (reply: Reply) =>
    fault && fault.kind !== 'delay'
      ? sendFaulty(res, fault, wireOf(reply))
      : sendReply(res, method, reply);
  if (method === 'POST' && req.url === MOVEWORKS_TOKEN_PATH) {
    return void readJsonBody(req).then((body) => send(auth.tokens.mint(body)));
  }
  let reply: Reply;
  try {
    reply = dispatch(req, method, store, auth);
  } catch (error) {
    // A bug here must show up as a 500 with a reason, not as a hung request.
    console.error('sample backend: request failed', req.url, error);
    reply = { status: 500, body: { error: 'internal', message: String(error) } };
  }
  send(reply);
}

function dispatch(
  req: IncomingMessage,
  method: string,
  store: SampleStore,
  { credentials, tokens }: SampleAuth,
): Reply {
  const target = parseRequestTarget(req.url ?? '/');
  const host =
    req.headers.host ??
    `${urlHost(req.socket.localAddress ?? '127.0.0.1')}:${req.socket.localPort ?? 80}`;
  const segs = target?.segments ?? [];
  const context = (drop: number): RequestContext => ({
    method,
    segments: segs.slice(drop),
    query: target?.query ?? new URLSearchParams(),
    headers: req.headers,
    host,
  });
  if (segs[0] === 'twilio') {
    return handleTwilio(context(1), store.twilio, credentials.twilio);
  }
  if (segs[0] === 'telnyx' && segs[1] === 'v2') {
    return handleTelnyx(context(2), store.telnyx, credentials.telnyx);
  }
  if (segs[0] === 'moveworks' && segs[1] === 'rest' && segs[2] === 'v1beta1') {
    return handleMoveworks(context(3), store.moveworks, credentials.moveworks, tokens);
  }
  if (segs.length === 1 && segs[0] === '') {
    // A 200 at `/` lets readiness probes (e.g. Playwright's webServer.url) see the server is up.
    const base = `http://${host}`;
    const prefixes = {
      twilio: '/twilio',
      telnyx: '/telnyx/v2',
      moveworks: '/moveworks/rest/v1beta1',
    };
    return { status: 200, body: { service: 'sample-backend', base, prefixes } };
  }
  // Also reached when a segment is not valid percent-encoding (`target` is null, `segs` empty).
  const message = 'No sample vendor here; use /twilio, /telnyx/v2 or /moveworks/rest/v1beta1';
  return { status: 404, body: { error: 'not_found', message } };
}

import { randomBytes } from 'node:crypto';
import type { SampleCredentials } from './credentials.ts';
import type { Reply } from './http-reply.ts';

/** The token endpoint's path on the sample backend, as `https://api.moveworks.ai/oauth/v1/token`. */
export const MOVEWORKS_TOKEN_PATH = '/moveworks/oauth/v1/token';

/** The sample Moveworks token endpoint and the tokens it has handed out. */
export interface TokenIssuer {
  /**
   * Answers `POST /oauth/v1/token` with the JSON body `body` (docs/vendor-notes.md §3.1):
   * 200 `{data: {access_token, expires_in, token_type: "Bearer"}}`; 400 for a bad body or grant
   * type; 401 for unknown client credentials; errors as `{code, message}`.
   */
  mint(body: unknown): Reply;
  /** True for a token this issuer minted that has not expired or been revoked, or the static token. */
  accepts(token: string | null): boolean;
  /** Lifetime of tokens minted from now on, seconds. */
  lifetimeS: number;
  /** Every token minted so far stops working, as after a key rotation (fault tests). */
  revokeAll(): void;
}

function tokenError(status: number, code: string, message: string): Reply {
  return { status, body: { code, message } };
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && name in body
    ? Object.entries(body).find(([k]) => k === name)?.[1]
    : undefined;
}

/**
 * Creates the token issuer for `credentials` (`clientId`/`clientSecret`; `accessToken` is always
 * accepted too, as a static token). Tokens expire `lifetimeS` seconds after minting.
 * @param now the clock, ms since the epoch.
 */
export function createTokenIssuer(
  credentials: SampleCredentials['moveworks'],
  lifetimeS = 3600,
  now: () => number = Date.now,
): TokenIssuer {
  const expiry = new Map<string, number>();
  const issuer: TokenIssuer = {
    lifetimeS,
    mint(body) {
      if (field(body, 'grant_type') !== 'client_credentials') {
        return tokenError(400, 'UNSUPPORTED_GRANT_TYPE', 'grant_type must be client_credentials');
      }
      const id = field(body, 'client_id');
      const secret = field(body, 'client_secret');
      if (id !== credentials.clientId || secret !== credentials.clientSecret) {
        return tokenError(401, 'INVALID_CLIENT', 'Client authentication failed');
      }
      const token = `mw_${randomBytes(18).toString('base64url')}`;
      expiry.set(token, now() + issuer.lifetimeS * 1000);
      const data = { access_token: token, expires_in: issuer.lifetimeS, token_type: 'Bearer' };
      return { status: 200, body: { data } };
    },
    accepts(token) {
      if (token === null) return false;
      if (token === credentials.accessToken) return true;
      const until = expiry.get(token);
      return until !== undefined && now() < until;
    },
    revokeAll: () => expiry.clear(),
  };
  return issuer;
}

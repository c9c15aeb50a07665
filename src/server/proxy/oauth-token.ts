/** OAuth 2.0 client credentials, as the proxy holds them (docs/vendor-notes.md §3.1). */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** The token endpoint, e.g. `https://api.moveworks.ai/oauth/v1/token`. */
  tokenUrl: string;
}

/** Minting a token failed: the token endpoint's status (0 without an answer) and message. */
export class TokenError extends Error {
  override name = 'TokenError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Where a request gets its Bearer token, minted when none is held or the held one runs out. */
export interface TokenSource {
  /**
   * The token to send: the held one until shortly before it expires, else a new one. However many
   * requests ask at once, one mint runs and they all wait for it.
   * @throws {TokenError} when the token endpoint does not give a token.
   */
  token(): Promise<string>;
  /** The vendor refused `token` (401): the next {@link token} mints, unless another did already. */
  refused(token: string): void;
}

/** Renewed this long before `expires_in` runs out, capped at a tenth of the lifetime, ms. */
const RENEW_EARLY_MS = 60_000;
const MINT_TIMEOUT_MS = 15_000;

/** The token endpoint's `{data: {access_token, expires_in}}`, or undefined (docs/vendor-notes.md §3.1). */
function readToken(body: unknown): { token: string; lifetimeMs: number } | undefined {
  if (typeof body !== 'object' || body === null || !('data' in body)) return undefined;
  const data = body.data;
  if (typeof data !== 'object' || data === null) return undefined;
  if (!('access_token' in data) || typeof data.access_token !== 'string') return undefined;
  const seconds = 'expires_in' in data ? Number(data.expires_in) : Number.NaN;
  return {
    token: data.access_token,
    // Without a lifetime the token is kept until the vendor refuses it.
    lifetimeMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Number.POSITIVE_INFINITY,
  };
}

/** The endpoint's own error message (`{code, message}` or `{error:{…}}`), never the body as is. */
function errorMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'no error message';
  const inner = 'error' in body && typeof body.error === 'object' ? body.error : body;
  if (inner && 'message' in inner && typeof inner.message === 'string') return inner.message;
  if (inner && 'error_description' in inner && typeof inner.error_description === 'string') {
    return inner.error_description;
  }
  return 'no error message';
}

async function mint(
  credentials: ClientCredentials,
): Promise<{ token: string; lifetimeMs: number }> {
  const where = `the token endpoint ${credentials.tokenUrl}`;
  let response: Response;
  try {
    response = await fetch(credentials.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        grant_type: 'client_credentials',
      }),
      redirect: 'error',
      signal: AbortSignal.timeout(MINT_TIMEOUT_MS),
    });
  } catch (err) {
    const code = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'no answer';
    throw new TokenError(0, `Could not get an access token: ${where} gave ${code}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const minted = response.ok ? readToken(body) : undefined;
  if (!minted) {
    // An endpoint that echoes what it was sent must not carry the secret to the page.
    const why = (response.ok ? 'an answer without data.access_token' : errorMessage(body))
      .split(credentials.clientSecret)
      .join('[client secret]');
    throw new TokenError(
      response.status,
      `Could not get an access token: ${where} answered HTTP ${response.status}: ${why}`,
    );
  }
  return minted;
}

/**
 * A token source for OAuth 2.0 client credentials (`POST` JSON `{client_id, client_secret,
 * grant_type: "client_credentials"}` → `{data: {access_token, expires_in, token_type}}`,
 * `expires_in` in seconds; docs/vendor-notes.md §3.1). The secret and the tokens stay in this
 * closure: errors name the endpoint and its message only.
 * @param now the clock, ms since the epoch (tests pass a fake one).
 */
export function createTokenSource(
  credentials: ClientCredentials,
  now: () => number = Date.now,
): TokenSource {
  let held: { token: string; renewAt: number } | undefined;
  let minting: Promise<string> | undefined;
  return {
    token() {
      if (held && now() < held.renewAt) return Promise.resolve(held.token);
      minting ??= mint(credentials)
        .then(({ token, lifetimeMs }) => {
          const early = Number.isFinite(lifetimeMs) ? Math.min(RENEW_EARLY_MS, lifetimeMs / 10) : 0;
          held = { token, renewAt: now() + lifetimeMs - early };
          return token;
        })
        .finally(() => (minting = undefined));
      return minting;
    },
    refused(token) {
      if (held?.token === token) held = undefined;
    },
  };
}

import type { VendorCredentials } from './config.ts';
import { createTokenSource } from './oauth-token.ts';

/** The credential headers of one upstream request, and the token they carry when it was minted. */
export interface Authorization {
  headers: Record<string, string>;
  /** The minted Bearer token sent, to report it refused; undefined for static credentials. */
  minted?: string;
}

/** Adds a vendor's credentials to upstream requests (docs/contract.md "Configuration"). */
export interface Authorizer {
  /**
   * @throws {import('./oauth-token.ts').TokenError} when a token must be minted and cannot be.
   */
  authorize(): Promise<Authorization>;
  /**
   * The vendor answered 401 to `sent`: true when a retry with new credentials may succeed (a
   * minted token, which the next {@link authorize} replaces); false for static credentials.
   */
  refused(sent: Authorization): boolean;
}

/**
 * The authorizer for `credentials`: HTTP Basic, a static Bearer token, or OAuth 2.0 client
 * credentials whose tokens are minted, kept and renewed by {@link createTokenSource}. Extra
 * headers (Moveworks' `Assistant-Name`) go with every request.
 */
export function createAuthorizer(credentials: VendorCredentials): Authorizer {
  if (credentials.kind === 'basic') {
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    const fixed = { headers: { authorization: `Basic ${basic}` } };
    return { authorize: () => Promise.resolve(fixed), refused: () => false };
  }
  if (credentials.kind === 'bearer') {
    const headers = { authorization: `Bearer ${credentials.token}`, ...credentials.extraHeaders };
    return { authorize: () => Promise.resolve({ headers }), refused: () => false };
  }
  const tokens = createTokenSource(credentials.client);
  return {
    async authorize() {
      const minted = await tokens.token();
      return {
        headers: { authorization: `Bearer ${minted}`, ...credentials.extraHeaders },
        minted,
      };
    },
    refused(sent) {
      if (sent.minted === undefined) return false;
      tokens.refused(sent.minted);
      return true;
    },
  };
}

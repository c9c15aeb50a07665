import { HttpError, NetworkError, NotJsonError } from '@/api/http-error.ts';
import type { VendorErrorInfo } from './types.ts';

/**
 * Any failure of a vendor request, ready to show: the vendor's name, the HTTP status (0 when there
 * was no answer), the vendor's own message and error `code` when it gave one (`"20404"`,
 * `"10009"`, `"NOT_FOUND"`). `retryable` is true for 429, 5xx and no answer.
 */
export class VendorError extends Error {
  override name = 'VendorError';
  constructor(
    readonly vendorLabel: string,
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly retryable: boolean,
    /** Server-requested wait in ms (Retry-After, x-ratelimit-reset), when given. */
    readonly retryAfterMs: number | undefined,
    options?: { cause: unknown; cursorExpired?: boolean },
  ) {
    super(message, options);
    this.cursorExpired = options?.cursorExpired ?? false;
  }

  /** The vendor no longer accepts the cursor (Moveworks `INVALID_CURSOR`): start again from page 1. */
  readonly cursorExpired: boolean;
}

/** The page arrived but is not in the shape the vendor documents; `path` says where. */
export class WireError extends Error {
  override name = 'WireError';
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`Unexpected response from ${path}: ${detail}`);
  }
}

/** Reads the proxy's own failure body `{proxy_error:{message}}` (server/proxy/forward.ts). */
function proxyMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('proxy_error' in body)) return undefined;
  const inner = body.proxy_error;
  if (typeof inner !== 'object' || inner === null || !('message' in inner)) return undefined;
  return typeof inner.message === 'string' ? `Proxy: ${inner.message}` : undefined;
}

/**
 * Turns anything a vendor request threw into a {@link VendorError}.
 * @param readError the vendor's reader for its own error bodies; undefined when unrecognised.
 */
export function toVendorError(
  vendorLabel: string,
  err: unknown,
  readError: (body: unknown) => VendorErrorInfo | undefined,
): VendorError {
  if (err instanceof VendorError) return err;
  if (err instanceof HttpError) {
    const info = readError(err.body);
    const message =
      info?.message ??
      proxyMessage(err.body) ??
      (err.bodyText.trim().slice(0, 300) || 'No error message');
    const retryable = err.status === 429 || err.status >= 500;
    return new VendorError(
      vendorLabel,
      err.status,
      message,
      info?.code,
      retryable,
      err.retryAfterMs,
      { cause: err, cursorExpired: info?.cursorExpired ?? false },
    );
  }
  if (err instanceof NetworkError) {
    return new VendorError(vendorLabel, 0, 'No answer from the proxy', undefined, true, undefined, {
      cause: err,
    });
  }
  if (err instanceof NotJsonError || err instanceof WireError) {
    return new VendorError(vendorLabel, 200, err.message, undefined, false, undefined, {
      cause: err,
    });
  }
  throw err;
}

/** What the contract's error alert shows of a failure (docs/contract.md "Errors"). */
export interface FailureNotice {
  /** Who failed: the vendor's product name. */
  source: string;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  message: string;
  code?: string;
}

/**
 * `error` as the alert shows it: a {@link VendorError}'s vendor, status, message and code; any
 * other error under `vendorLabel`, status 0, with its message.
 */
export function failureNotice(error: Error, vendorLabel: string): FailureNotice {
  if (!(error instanceof VendorError))
    return { source: vendorLabel, status: 0, message: error.message };
  return {
    source: error.vendorLabel,
    status: error.status,
    message: error.message,
    code: error.code,
  };
}

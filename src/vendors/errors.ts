import { HttpError, NetworkError, NotJsonError, type AnswerInfo } from '@/api/http-error.ts';
import type { VendorErrorInfo } from './types.ts';

/** What a {@link VendorError} says besides its message. */
export interface VendorErrorFacts {
  /** The vendor's product name, e.g. `Telnyx AI`. */
  vendorLabel: string;
  /** HTTP status; 0 when there was no answer. */
  status: number;
  /** The vendor's error code, when it gave one (`"20404"`, `"10009"`, `"NOT_FOUND"`). */
  code?: string | undefined;
  /** True for 429, 5xx and no answer: worth asking again. */
  retryable: boolean;
  /** Server-requested wait in ms (Retry-After, x-ratelimit-reset), when given. */
  retryAfterMs?: number | undefined;
  /** The answer's content type, when there was an answer. */
  contentType?: string | undefined;
  /** The vendor's id of the request (`Twilio-Request-Id`, `x-moveworks-root-uuid`), when sent. */
  requestId?: string | undefined;
  /** The vendor no longer accepts the cursor (Moveworks `INVALID_CURSOR`): start again from page 1. */
  cursorExpired?: boolean;
}

/**
 * Any failure of a vendor request, ready to show (docs/contract.md "Errors"): who failed, the HTTP
 * status, the vendor's own message, and what helps a person report it.
 */
export class VendorError extends Error {
  override name = 'VendorError';
  readonly vendorLabel: string;
  readonly status: number;
  readonly code: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly contentType: string | undefined;
  readonly requestId: string | undefined;
  readonly cursorExpired: boolean;
  constructor(facts: VendorErrorFacts, message: string, options?: { cause: unknown }) {
    super(message, options);
    this.vendorLabel = facts.vendorLabel;
    this.status = facts.status;
    this.code = facts.code;
    this.retryable = facts.retryable;
    this.retryAfterMs = facts.retryAfterMs;
    this.contentType = facts.contentType;
    this.requestId = facts.requestId;
    this.cursorExpired = facts.cursorExpired ?? false;
  }
}

/** The page arrived as JSON but is not in the shape the vendor documents; `path` says where. */
export class WireError extends Error {
  override name = 'WireError';
  constructor(
    readonly path: string,
    /** What differs, e.g. `messages: Invalid input: expected array, received undefined`. */
    readonly detail: string,
    /** The answer it came in, when known. */
    readonly answer?: AnswerInfo,
  ) {
    super(`The answer from ${path} is not in the shape the vendor documents: ${detail}`);
  }
}

/**
 * Reads the proxy's own failure body `{proxy_error:{message, content_type?}}`
 * (server/proxy/forward.ts); `content_type` is what the vendor sent when it was not JSON.
 */
function proxyFailure(body: unknown): { message: string; contentType?: string } | undefined {
  if (typeof body !== 'object' || body === null || !('proxy_error' in body)) return undefined;
  const inner = body.proxy_error;
  if (typeof inner !== 'object' || inner === null || !('message' in inner)) return undefined;
  if (typeof inner.message !== 'string') return undefined;
  const type = 'content_type' in inner && typeof inner.content_type === 'string';
  return {
    message: `Proxy: ${inner.message}`,
    ...(type ? { contentType: String(inner.content_type) } : {}),
  };
}

/** How a vendor module reads its failures: its label, error bodies and request id header. */
export interface ErrorReader {
  label: string;
  readError: (body: unknown) => VendorErrorInfo | undefined;
  /** The response header carrying the vendor's request id, lower-case. */
  requestIdHeader?: string;
}

function answerFacts(vendor: ErrorReader, answer: AnswerInfo) {
  const id = vendor.requestIdHeader ? answer.headers.get(vendor.requestIdHeader) : null;
  return { vendorLabel: vendor.label, contentType: answer.contentType, requestId: id ?? undefined };
}

/**
 * Turns anything a vendor request threw into a {@link VendorError}. A body that is not the
 * vendor's JSON is described by its content type and size, never quoted.
 * @throws `err` itself when it is none of the app's HTTP or wire errors (a bug).
 */
export function toVendorError(vendor: ErrorReader, err: unknown): VendorError {
  if (err instanceof VendorError) return err;
  if (err instanceof HttpError) {
    const info = vendor.readError(err.body);
    const { contentType, bytes } = err.answer;
    const notJson = `The answer is not ${vendor.label}'s JSON (${contentType || 'no content type'}, ${bytes.toLocaleString('en-US')} bytes); it is not shown`;
    const proxy = proxyFailure(err.body);
    const message =
      info?.message ?? proxy?.message ?? (err.body === undefined ? notJson : 'No error message');
    const facts = {
      ...answerFacts(vendor, err.answer),
      ...(proxy?.contentType ? { contentType: proxy.contentType } : {}),
      status: err.status,
      code: info?.code,
      retryable: err.status === 429 || err.status >= 500,
      retryAfterMs: err.retryAfterMs,
      cursorExpired: info?.cursorExpired ?? false,
    };
    return new VendorError(facts, message, { cause: err });
  }
  if (err instanceof NetworkError) {
    const message = err.timedOut ? 'No answer in time from the proxy' : 'No answer from the proxy';
    return new VendorError({ vendorLabel: vendor.label, status: 0, retryable: true }, message, {
      cause: err,
    });
  }
  if (err instanceof NotJsonError || err instanceof WireError) {
    const facts = err.answer
      ? { ...answerFacts(vendor, err.answer), status: err.answer.status }
      : { vendorLabel: vendor.label, status: 200 };
    const message =
      err instanceof WireError
        ? `The answer is not in the shape ${vendor.label} documents: ${err.detail}`
        : err.message;
    return new VendorError({ ...facts, retryable: false }, message, { cause: err });
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
  code?: string | undefined;
  /** The answer's content type, when it is not what the vendor sends (JSON). */
  contentType?: string | undefined;
  /** The vendor's id of the failed request, to quote to its support. */
  requestId?: string | undefined;
}

/**
 * `error` as the alert shows it: a {@link VendorError}'s vendor, status, message, code, request id
 * and (when not JSON) content type; any other error under `vendorLabel`, status 0, with its message.
 */
export function failureNotice(error: Error, vendorLabel: string): FailureNotice {
  if (!(error instanceof VendorError))
    return { source: vendorLabel, status: 0, message: error.message };
  const odd = error.contentType !== undefined && !/\bjson\b/i.test(error.contentType);
  // A failure that came with a 2xx status is about the body: its type is part of the story.
  const bad = error.status >= 200 && error.status < 300;
  return {
    source: error.vendorLabel,
    status: error.status,
    message: error.message,
    code: error.code,
    contentType:
      odd || bad ? (error.contentType?.split(';')[0] ?? '') || 'no content type' : undefined,
    requestId: error.requestId,
  };
}

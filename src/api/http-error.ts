/**
 * A response with a non-2xx status. Carries the body so the vendor layer can read the vendor's
 * own error message out of it; nothing here knows any vendor.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    /** The HTTP status, e.g. 404. */
    readonly status: number,
    /** The URL requested (same-origin path). */
    readonly url: string,
    /** The body parsed as JSON, or `undefined` when it was not JSON. */
    readonly body: unknown,
    /** The body as text, for bodies that are not JSON. */
    readonly bodyText: string,
    /** How long the server asked us to wait (ms), from `Retry-After` or `x-ratelimit-reset`. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status} from ${url}`);
  }
}

/** The request never got an HTTP answer (offline, proxy down, aborted by a timeout). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`No answer from ${url}`, options);
  }
}

/** A 2xx answer whose body is not JSON. */
export class NotJsonError extends Error {
  override name = 'NotJsonError';
  constructor(
    readonly url: string,
    readonly bodyText: string,
  ) {
    super(`Expected JSON from ${url}, got: ${bodyText.slice(0, 120)}`);
  }
}

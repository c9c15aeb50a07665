/** What every answer that failed says besides its body: its URL, status and headers. */
export interface AnswerInfo {
  /** The URL requested (same-origin path). */
  url: string;
  /** The HTTP status, e.g. 404. */
  status: number;
  /** The answer's `Content-Type`, `''` when it had none. */
  contentType: string;
  /** The answer's headers (vendor request ids, rate limits). */
  headers: Headers;
  /** The body's length in bytes (UTF-8). */
  bytes: number;
}

/**
 * A response with a non-2xx status. Carries the body so the vendor layer can read the vendor's
 * own error message out of it; nothing here knows any vendor.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly answer: AnswerInfo,
    /** The body parsed as JSON, or `undefined` when it was not JSON. */
    readonly body: unknown,
    /** How long the server asked us to wait (ms), from `Retry-After` or `x-ratelimit-reset`. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${answer.status} from ${answer.url}`);
  }

  /** The HTTP status, e.g. 404. */
  get status(): number {
    return this.answer.status;
  }
}

/** The request never got an HTTP answer (offline, proxy down, timed out). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly url: string,
    /** True when the client gave up waiting ({@link REQUEST_TIMEOUT_MS}). */
    readonly timedOut: boolean,
    options: { cause: unknown },
  ) {
    super(timedOut ? `No answer from ${url} in time` : `No answer from ${url}`, options);
  }
}

/**
 * A 2xx answer whose body is not JSON: cut off, or another format altogether. The message says
 * which, with the content type and size, and never quotes the body (it may be markup).
 */
export class NotJsonError extends Error {
  override name = 'NotJsonError';
  constructor(
    readonly answer: AnswerInfo,
    /** Where the JSON parser stopped, e.g. `at character 1,234`; never what it read there. */
    readonly parseProblem: string,
  ) {
    const { contentType, bytes } = answer;
    const what = `${contentType || 'no content type'}, ${bytes.toLocaleString('en-US')} bytes`;
    super(
      /\bjson\b/i.test(contentType)
        ? `The answer is not valid JSON (${what}): it was cut off or damaged, ${parseProblem}`
        : `The answer is not JSON (${what}); it is not shown`,
    );
  }
}

/** How long the client waits for an answer before giving up, ms (the proxy's own limit is 30 s). */
export const REQUEST_TIMEOUT_MS = 45_000;

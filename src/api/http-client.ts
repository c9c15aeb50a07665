import {
  HttpError,
  NetworkError,
  NotJsonError,
  REQUEST_TIMEOUT_MS,
  type AnswerInfo,
} from './http-error.ts';
import { retryAfterMs } from './retry-after.ts';

/** A 2xx answer: the body parsed as JSON, unvalidated, and what else the answer said. */
export interface JsonAnswer {
  body: unknown;
  answer: AnswerInfo;
}

/** The one way the app talks HTTP: GET a same-origin path, get parsed JSON back. */
export interface HttpClient {
  /**
   * @param path a same-origin path with its query, e.g. `/api/telnyx/ai/conversations?limit=50`.
   * @param signal cancels the request (React Query's, when the reader leaves).
   * @returns the parsed JSON body, unvalidated (`unknown`: callers parse it), with its answer.
   * @throws {HttpError} on a non-2xx status; {NetworkError} without a whole answer, or none in
   *   {@link REQUEST_TIMEOUT_MS}; {NotJsonError} on a 2xx body that is not JSON; the signal's
   *   reason when aborted.
   */
  get(path: string, signal?: AbortSignal): Promise<JsonAnswer>;
}

/**
 * Parses `text`; on failure says where it stopped, never what it read there (the parser's own
 * message quotes the body, which may be markup).
 */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where =
      at !== undefined
        ? `at character ${Number(at).toLocaleString('en-US')}`
        : /end of JSON input/i.test(String(error))
          ? 'at its end'
          : 'from its first character';
    return { ok: false, problem: where };
  }
}

/**
 * Creates the app's HTTP client. It does not retry: React Query's policy is the one retry layer
 * (vendors/retry-policy.ts).
 * @param origin prefixed to every path: `''` in the browser (same origin), `http://127.0.0.1:N`
 *   in Node tests.
 */
export function createHttpClient(origin = ''): HttpClient {
  return {
    async get(path, signal) {
      const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
      let response: Response;
      let text: string;
      try {
        response = await fetch(origin + path, {
          headers: { accept: 'application/json' },
          signal: both,
        });
        text = await response.text();
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        throw new NetworkError(path, timeout.aborted, { cause });
      }
      const answer = {
        url: path,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        headers: response.headers,
        bytes: new TextEncoder().encode(text).length,
      };
      const parsed = parseJson(text);
      if (!response.ok) {
        const body = parsed.ok ? parsed.value : undefined;
        throw new HttpError(answer, body, retryAfterMs(response.status, response.headers));
      }
      if (!parsed.ok) throw new NotJsonError(answer, parsed.problem);
      return { body: parsed.value, answer };
    },
  };
}

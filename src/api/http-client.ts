import { HttpError, NetworkError, NotJsonError } from './http-error.ts';
import { retryAfterMs } from './retry-after.ts';

/**
 * What a request's caller hears of its body before it is parsed, and what the parsing waits for:
 * pages fetched ahead are in early, and parsed only when the CPU is not wanted elsewhere
 * (features/thread/read-ahead.ts).
 */
export interface BodyHooks {
  /** Called once the whole body of a 2xx response is in, before it is parsed. */
  onBody?: () => void;
  /** Once the body is in, parsing it waits for this promise (it must not reject). */
  parseAfter?: Promise<void>;
}

/** The one way the app talks HTTP: GET a same-origin path, get parsed JSON back. */
export interface HttpClient {
  /**
   * @param path a same-origin path with its query, e.g. `/api/telnyx/ai/conversations?limit=50`.
   * @returns the parsed JSON body, unvalidated (`unknown`): callers parse it.
   * @throws {HttpError} on a non-2xx status; {NetworkError} without an answer;
   *   {NotJsonError} on a 2xx body that is not JSON; the signal's reason when aborted.
   */
  getJson(path: string, signal?: AbortSignal, hooks?: BodyHooks): Promise<unknown>;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Creates the app's HTTP client.
 * @param origin prefixed to every path: `''` in the browser (same origin), `http://127.0.0.1:N`
 *   in Node tests.
 */
export function createHttpClient(origin = ''): HttpClient {
  return {
    async getJson(path, signal, hooks) {
      const url = origin + path;
      let response: Response;
      try {
        response = await fetch(url, { headers: { accept: 'application/json' }, signal });
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        throw new NetworkError(path, { cause });
      }
      const text = await response.text();
      if (response.ok) hooks?.onBody?.();
      if (hooks?.parseAfter) {
        await hooks.parseAfter;
        if (signal?.aborted) throw signal.reason;
      }
      const parsed = parseJson(text);
      if (!response.ok) {
        const body = parsed.ok ? parsed.value : undefined;
        throw new HttpError(
          response.status,
          path,
          body,
          text,
          retryAfterMs(response.status, response.headers),
        );
      }
      if (!parsed.ok) throw new NotJsonError(path, text);
      return parsed.value;
    },
  };
}

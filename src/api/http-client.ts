import { HttpError, NetworkError, NotJsonError } from './http-error.ts';
import { retryAfterMs } from './retry-after.ts';

/** The one way the app talks HTTP: GET a same-origin path, get parsed JSON back. */
export interface HttpClient {
  /**
   * @param path a same-origin path with its query, e.g. `/api/telnyx/ai/conversations?limit=50`.
   * @returns the parsed JSON body, unvalidated (`unknown`): callers parse it.
   * @throws {HttpError} on a non-2xx status; {NetworkError} without an answer;
   *   {NotJsonError} on a 2xx body that is not JSON; the signal's reason when aborted.
   */
  getJson(path: string, signal?: AbortSignal): Promise<unknown>;
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
    async getJson(path, signal) {
      const url = origin + path;
      let response: Response;
      try {
        response = await fetch(url, { headers: { accept: 'application/json' }, signal });
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        throw new NetworkError(path, { cause });
      }
      const text = await response.text();
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

import type { HttpClient } from '@/api/http-client.ts';

/**
 * An {@link HttpClient} that answers every GET with `body`, as a 200 `application/json` answer:
 * the HTTP edge of tests that give a vendor module a page in memory.
 */
export function memoryHttp(body: unknown): HttpClient {
  return {
    get: (url) =>
      Promise.resolve({
        body,
        answer: {
          url,
          status: 200,
          contentType: 'application/json',
          headers: new Headers({ 'content-type': 'application/json' }),
          bytes: JSON.stringify(body).length,
        },
      }),
  };
}

import type { z } from 'zod';
import type { HttpClient } from '@/api/http-client.ts';
import { toVendorError, WireError, type ErrorReader } from './errors.ts';

/** How a vendor module fetches: its label, its reader for its own error bodies, its request ids. */
export interface VendorFetch extends ErrorReader {
  http: HttpClient;
}

/**
 * GETs `path` and validates the body against `schema` (never a cast).
 * @throws {import('./errors.ts').VendorError} for HTTP failures and for a body that does not
 *   match the schema (a {@link WireError} naming the path and the first problems).
 */
export async function getParsed<T>(
  vendor: VendorFetch,
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  return (await getBody(vendor, path, schema, signal)).parsed;
}

/**
 * As {@link getParsed}, with the body exactly as received beside what the schema made of it.
 * @throws as {@link getParsed}.
 */
export async function getBody<T>(
  vendor: VendorFetch,
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<{ body: unknown; parsed: T }> {
  try {
    const { body, answer } = await vendor.http.get(path, signal);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new WireError(path, describeIssues(parsed.error), answer);
    return { body, parsed: parsed.data };
  } catch (err) {
    if (signal?.aborted) throw err;
    throw toVendorError(vendor, err);
  }
}

/** Summarizes why one item failed its schema, for the note on a raw part. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`)
    .join('; ');
}

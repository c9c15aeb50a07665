import { z } from 'zod';
import type { HttpClient } from '@/api/http-client.ts';
import { VENDOR_IDS, type VendorId } from './types.ts';

const statusSchema = z.object({
  vendors: z.record(z.string(), z.object({ sample: z.boolean() })),
});

/**
 * Asks the proxy which vendors the built-in sample backend serves (`GET /api/status`,
 * server/proxy/forward.ts). Carries no secret: only a flag per vendor.
 * @returns the ids of the vendors served by sample data.
 * @throws {import('@/api/http-error.ts').HttpError} and friends when the proxy does not answer.
 */
export async function fetchSampleVendors(
  http: HttpClient,
  signal?: AbortSignal,
): Promise<Set<VendorId>> {
  const body = statusSchema.parse((await http.get('/api/status', signal)).body);
  return new Set(VENDOR_IDS.filter((v) => body.vendors[v]?.sample === true));
}

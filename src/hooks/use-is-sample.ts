import { useQuery } from '@tanstack/react-query';
import { fetchSampleVendorIds, type VendorId } from '@/vendors/index.ts';
import { whenIdle } from '@/lib/when-idle.ts';

/** Longest the status request waits for an idle moment, ms. */
const STATUS_IDLE_WAIT_MS = 2000;

/**
 * True when the built-in sample backend serves `vendorId`; false until the proxy has said. The
 * request waits for an idle moment: the badge is not urgent, and on a transcript's URL its reply
 * (and its validator's first use) would otherwise land while the first page is being rendered.
 */
export function useIsSample(vendorId: VendorId): boolean {
  const { data } = useQuery({
    queryKey: ['proxy-status'],
    queryFn: async ({ signal }) => {
      await new Promise<void>((resolve) => whenIdle(() => resolve(), STATUS_IDLE_WAIT_MS));
      return fetchSampleVendorIds(signal);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data?.has(vendorId) ?? false;
}

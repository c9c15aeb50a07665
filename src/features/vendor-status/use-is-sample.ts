import { useQuery } from '@tanstack/react-query';
import { fetchSampleVendorIds, type VendorId } from '../../providers/index.ts';

/** True when the built-in sample backend serves `vendor`; false until the proxy has said. */
export function useIsSample(vendor: VendorId): boolean {
  const { data } = useQuery({
    queryKey: ['proxy-status'],
    queryFn: ({ signal }) => fetchSampleVendorIds(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data?.has(vendor) ?? false;
}

import { ErrorAlert } from '../../components/error-alert.tsx';
import { VendorError, type Provider } from '../../providers/index.ts';

/**
 * A failed vendor request as the contract's alert: the vendor, the HTTP status and the vendor's
 * own message (from {@link VendorError}); any other error under the provider's name, status 0.
 */
export function VendorErrorAlert({
  error,
  provider,
  onRetry,
  retrying,
}: {
  error: Error;
  provider: Provider;
  onRetry: () => void;
  retrying: boolean;
}) {
  const vendorError = error instanceof VendorError ? error : undefined;
  return (
    <ErrorAlert
      source={vendorError?.vendorLabel ?? provider.label}
      status={vendorError?.status ?? 0}
      message={error.message}
      code={vendorError?.code}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}

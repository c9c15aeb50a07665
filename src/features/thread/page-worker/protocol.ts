import { VendorError, type VendorId } from '../../../providers/index.ts';
import type { MessagePage } from '../../../transcript/model.ts';

/** Main thread → page worker: fetch one page of a transcript, or stop fetching one. */
export type PageRequest =
  | { type: 'fetch'; id: number; vendor: VendorId; conversationId: string; cursor: string | null }
  | { type: 'abort'; id: number };

/** A {@link VendorError} as data, for `postMessage` (which keeps no class). */
export interface VendorErrorData {
  vendorLabel: string;
  status: number;
  message: string;
  code: string | undefined;
  retryable: boolean;
  retryAfterMs: number | undefined;
  cursorExpired: boolean;
}

/** Page worker → main thread: the page, or why there is none. */
export type PageReply =
  | { type: 'page'; id: number; page: MessagePage }
  | { type: 'vendor-error'; id: number; error: VendorErrorData }
  | { type: 'error'; id: number; message: string };

/** `error` as data that survives `postMessage`. */
export function vendorErrorData(error: VendorError): VendorErrorData {
  return {
    vendorLabel: error.vendorLabel,
    status: error.status,
    message: error.message,
    code: error.code,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    cursorExpired: error.cursorExpired,
  };
}

/** The {@link VendorError} that `data` describes, so retries and notices treat it as the original. */
export function vendorErrorFrom(data: VendorErrorData): VendorError {
  return new VendorError(
    data.vendorLabel,
    data.status,
    data.message,
    data.code,
    data.retryable,
    data.retryAfterMs,
    { cause: undefined, cursorExpired: data.cursorExpired },
  );
}

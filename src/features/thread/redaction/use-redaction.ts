import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { runInSlices } from '@/lib/run-in-slices.ts';
import type { Message } from '@/transcript/model.ts';
import type { RedactedTranscript } from '@/transcript/redact/index.ts';
import type { Vendor } from '@/vendors/index.ts';

type RedactModule = typeof import('@/transcript/redact/index.ts');

let chunk: Promise<RedactModule> | undefined;

/**
 * The redaction code, a chunk of its own (libphonenumber-js's metadata is most of it), loaded
 * on first use; a failed load is tried again on the next.
 */
function loadRedaction(): Promise<RedactModule> {
  chunk ??= import('@/transcript/redact/index.ts').catch((error: unknown) => {
    chunk = undefined;
    throw error;
  });
  return chunk;
}

/** Redacts a transcript of the conversation for an export (payloads for the JSON one). */
export type RedactFn = (
  messages: readonly Message[],
  payloads?: ReadonlyMap<Message, unknown>,
) => Promise<RedactedTranscript>;

/** The transcript's redaction (docs/contract.md, "Export"), as {@link useRedaction} keeps it. */
export interface Redaction {
  /** The checkbox "Redact personal data": the exports are redacted. */
  on: boolean;
  setOn: (on: boolean) => void;
  /** The checkbox "Show redacted": the feed shows the redacted messages too. */
  shown: boolean;
  setShown: (shown: boolean) => void;
  /** The loaded messages redacted, once done (and after, until the next is), while `on`. */
  current?: RedactedTranscript;
  /** Why the redaction code could not be loaded. */
  failed?: Error;
  /** Redacts for an export while `on`, loading the code first. */
  redact?: RedactFn;
  /** Loads the code again after a failure. */
  retry: () => void;
}

/**
 * The redaction of a transcript: off until asked for; then the code is loaded and the loaded
 * messages are redacted again whenever they change, in slices (lib/run-in-slices.ts), the
 * previous result kept meanwhile. Identity values come from the messages and from the vendor's
 * record of the conversation, as the details above the transcript fetched it.
 */
export function useRedaction(
  vendor: Vendor,
  conversationId: string,
  messages: readonly Message[],
): Redaction {
  const [on, setOn] = useState(false);
  const [shown, setShown] = useState(false);
  const [code, setCode] = useState<RedactModule>();
  const [failed, setFailed] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  const [current, setCurrent] = useState<RedactedTranscript>();
  // Only read from the cache: the details strip (conversation-details.tsx) fetches it.
  const record = useQuery({
    queryKey: ['conversation', vendor.id, conversationId],
    queryFn: ({ signal }) => vendor.fetchConversation(conversationId, signal),
    enabled: false,
  }).data?.raw;
  useEffect(() => {
    if (!on || code) return;
    let live = true;
    loadRedaction().then(
      (loaded) => live && setCode(loaded),
      (error: unknown) =>
        live && setFailed(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [on, code, attempt]);
  const { identityFields } = vendor;
  useEffect(() => {
    if (!on || !code) return;
    const input = { conversationId, messages, identityFields, record };
    const run = code.startRedaction(input);
    return runInSlices(run.step, () => setCurrent(run.result()));
  }, [on, code, conversationId, messages, identityFields, record]);
  const redact = useCallback<RedactFn>(
    async (all, payloads) => {
      const loaded = await loadRedaction();
      return loaded.redactTranscript({
        conversationId,
        messages: all,
        payloads,
        identityFields,
        record,
      });
    },
    [conversationId, identityFields, record],
  );
  const retry = useCallback(() => {
    setFailed(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return {
    on,
    setOn,
    shown,
    setShown,
    current: on ? current : undefined,
    failed: on ? failed : undefined,
    redact: on ? redact : undefined,
    retry,
  };
}

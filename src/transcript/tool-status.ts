import { LARGE_TEXT } from '@/lib/pretty-json.ts';
import type { ToolPair } from './tool-pairing.ts';

/** A tool call's outcome and, when both times are known, ms from the call to its result. */
export interface ToolStatus {
  state: 'succeeded' | 'failed' | 'no result';
  durationMs?: number;
}

/**
 * The outcome of a paired call: failed when the vendor marked the result failed, or when the
 * result is a JSON object carrying an `error` (how tool webhooks usually report failure).
 */
export function toolStatus(pair: ToolPair | undefined): ToolStatus {
  if (!pair?.result) return { state: 'no result' };
  const failed = pair.result.failed || carriesError(pair.result.output);
  const { callTimeMs, resultTimeMs } = pair;
  // A call and its result recorded in one message (Twilio) say nothing about how long it took.
  const separate = pair.resultMessageId !== pair.callMessageId;
  const durationMs =
    separate && callTimeMs !== undefined && resultTimeMs !== undefined && resultTimeMs >= callTimeMs
      ? resultTimeMs - callTimeMs
      : undefined;
  return {
    state: failed ? 'failed' : 'succeeded',
    ...(durationMs === undefined ? {} : { durationMs }),
  };
}

/**
 * The verdicts on the few large outputs (over `LARGE_TEXT`) seen last: parsing one costs tens of
 * ms, and the tool panel and each render of its card ask again.
 */
const largeVerdicts = new Map<string, boolean>();

function carriesError(output: string): boolean {
  if (!output.trimStart().startsWith('{')) return false;
  const kept = largeVerdicts.get(output);
  if (kept !== undefined) return kept;
  let verdict: boolean;
  try {
    const value: unknown = JSON.parse(output);
    verdict =
      typeof value === 'object' && value !== null && 'error' in value && Boolean(value.error);
  } catch {
    verdict = false;
  }
  if (output.length > LARGE_TEXT) {
    if (largeVerdicts.size >= 8) largeVerdicts.clear();
    largeVerdicts.set(output, verdict);
  }
  return verdict;
}

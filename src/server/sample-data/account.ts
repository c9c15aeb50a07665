/**
 * The sample account's records (generate/account.ts), per vendor. Each record's conversation
 * is kept; its messages are encoded again from the script only when first read, so the
 * account costs the backend its conversation list, not tens of thousands of messages.
 */
import type { Dataset } from '../sample-backend/dataset.ts';
import { encodeMoveworks } from './encode/moveworks.ts';
import { encodeTelnyx } from './encode/telnyx.ts';
import { encodeTwilio } from './encode/twilio.ts';
import { ACCOUNT_SIZE, accountScript } from './generate/account.ts';

/** `record` with its `messages` made by `encode` when first read, then kept. */
function withLazyMessages<R extends { messages: unknown }>(record: R, encode: () => R): R {
  let messages: R['messages'] | undefined;
  return Object.defineProperty({ ...record }, 'messages', {
    enumerable: true,
    get: () => (messages ??= encode().messages),
  });
}

/**
 * The sample account for all three vendors: {@link ACCOUNT_SIZE} conversations each, in index
 * order, deterministic. Building it encodes every script once (about a second) and keeps only
 * the conversations.
 */
export function accountDataset(size = ACCOUNT_SIZE): Dataset {
  const dataset: Dataset = { twilio: [], telnyx: [], moveworks: [] };
  for (let i = 0; i < size; i++) {
    const script = accountScript(i);
    dataset.twilio.push(
      withLazyMessages(encodeTwilio(script), () => encodeTwilio(accountScript(i))),
    );
    dataset.telnyx.push(
      withLazyMessages(encodeTelnyx(script), () => encodeTelnyx(accountScript(i))),
    );
    dataset.moveworks.push(
      withLazyMessages(encodeMoveworks(script), () => encodeMoveworks(accountScript(i))),
    );
  }
  return dataset;
}

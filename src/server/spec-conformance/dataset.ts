/**
 * The sample data the conformance tests serve: every hand-written conversation, the generated
 * ones (5,000 messages; 250 with a message sent twice) and enough of the sample account for
 * each vendor's list to run to several pages, at a fraction of the whole account's cost.
 */
import type { Dataset } from '../sample-backend/dataset.ts';
import { accountDataset } from '../sample-data/account.ts';
import { encodeDataset, sampleScripts } from '../sample-data/index.ts';

/** Account conversations served: three Twilio list pages of 200, five Moveworks pages of 100. */
const ACCOUNT_PART = 450;

/** The conformance tests' dataset (see the file comment); deterministic. */
export function conformanceDataset(): Dataset {
  const scripts = encodeDataset(sampleScripts());
  const account = accountDataset(ACCOUNT_PART);
  return {
    twilio: [...scripts.twilio, ...account.twilio],
    telnyx: [...scripts.telnyx, ...account.telnyx],
    moveworks: [...scripts.moveworks, ...account.moveworks],
  };
}

/** A dataset with nothing in it, for a backend that only refuses credentials. */
export const EMPTY_DATASET: Dataset = { twilio: [], telnyx: [], moveworks: [] };

/**
 * The secrets each sample vendor accepts. The sample backend checks them exactly as the vendor
 * would (docs/vendor-notes.md §1.1, §2.1, §3.1) so a proxy's credential handling is exercised for real.
 */
export interface SampleCredentials {
  /** HTTP Basic `accountSid:authToken`. */
  twilio: { accountSid: string; authToken: string };
  /** `Authorization: Bearer <apiKey>`. */
  telnyx: { apiKey: string };
  /**
   * `Authorization: Bearer <token>` plus `Assistant-Name: <assistantName>`; the token is
   * `accessToken`, or one minted at the token endpoint for `clientId` and `clientSecret`.
   */
  moveworks: { accessToken: string; assistantName: string; clientId: string; clientSecret: string };
}

/** Fixed, obviously fake credentials; the default of `startSampleBackend` and the CLI. */
export const DEFAULT_SAMPLE_CREDENTIALS: SampleCredentials = {
  twilio: { accountSid: `AC${'0'.repeat(32)}`, authToken: 'sample-auth-token' },
  telnyx: { apiKey: 'KEYSAMPLE00000000000000000000000000_sample' },
  moveworks: {
    accessToken: 'sample-access-token',
    assistantName: 'sample-assistant',
    clientId: 'sample-client-id',
    clientSecret: 'sample-client-secret',
  },
};

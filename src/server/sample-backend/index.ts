/**
 * The sample backend: a local stand-in for the Twilio AI Assistants, Telnyx AI Conversations and
 * Moveworks Conversations (beta) APIs (docs/vendor-notes.md §1–§3), for development and e2e tests.
 * Read-only: GET and HEAD only.
 */
export { DEFAULT_SAMPLE_CREDENTIALS, type SampleCredentials } from './credentials.ts';
export { loadDatasetDir } from './load-dataset-dir.ts';
export {
  startSampleBackend,
  type RunningSampleBackend,
  type SampleBackendOptions,
} from './server.ts';

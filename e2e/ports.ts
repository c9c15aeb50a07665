/** Ports the end-to-end run uses, apart from the everyday 5173 so a running `npm run dev` is no clash. */
export const PORTS = {
  /** `npm run dev` with every vendor on the built-in sample backend. */
  dev: 5183,
  /** That dev server's sample backend, fixed so a test can call it directly. */
  sampleBackend: 5184,
  /** `npm run sample-backend -- --data <converted corpus>`. */
  corpusBackend: 5185,
  /** `npm run dev` pointed at the corpus backend as if it were the vendors, with credentials. */
  corpusDev: 5186,
} as const;

/** Where the corpus converter writes for the end-to-end run. */
export const CORPUS_OUT = '.cache/e2e-corpus';

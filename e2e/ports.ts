/**
 * Base of the ports the end-to-end run uses: `E2E_PORT_BASE` (default 5183, apart from the
 * everyday 5173 so a running `npm run dev` is no clash). Two checkouts testing side by side
 * set different bases, so neither reuses the other's servers.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 5183);
if (!Number.isInteger(base) || base < 1024 || base > 65530) {
  throw new Error(
    `E2E_PORT_BASE must be an integer from 1024 to 65530, got ${process.env.E2E_PORT_BASE}`,
  );
}

/** Ports the end-to-end run uses, consecutive from the base. */
export const PORTS = {
  /** `npm run dev` with every vendor on the built-in sample backend. */
  dev: base,
  /** That dev server's sample backend, fixed so a test can call it directly. */
  sampleBackend: base + 1,
  /** `npm run sample-backend -- --data <converted corpus>`. */
  corpusBackend: base + 2,
  /** `npm run dev` pointed at the corpus backend as if it were the vendors, with credentials. */
  corpusDev: base + 3,
  /** `vite preview` of a production build (into {@link PREVIEW_OUT}), behind the same proxy. */
  preview: base + 4,
  /** `npm run dev` whose own sample backend takes fault rules (e2e/faults.spec.ts). */
  faultsDev: base + 5,
  /** That dev server's sample backend, with its admin routes. */
  faultsBackend: base + 6,
} as const;

/** Where the end-to-end run builds the production bundle it previews. */
export const PREVIEW_OUT = '.cache/e2e-dist';

/** Where the corpus converter writes for the end-to-end run. */
export const CORPUS_OUT = '.cache/e2e-corpus';

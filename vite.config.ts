import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { offlinePageInDev } from './src/server/offline/plugin.ts';
import { transcriptProxy } from './src/server/proxy/plugin.ts';

// The proxy starts servers of its own; Vitest needs none of them.
const inVitest = process.env.VITEST !== undefined;

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    ...(inVitest ? [] : [transcriptProxy(), offlinePageInDev('vite.offline.config.ts')]),
  ],
  resolve: { tsconfigPaths: true },
  // Transform the app at start, so the first page load does not wait for it.
  server: { port: 5173, warmup: { clientFiles: ['./src/main.tsx'] } },
  preview: { port: 4173 },
  // The manifest (dist/.vite/manifest.json) names the lazily loaded chunks (bench/bundle.ts).
  build: { target: 'es2022', sourcemap: true, manifest: true },
  // The file reader's worker imports chunks of its own (the emoji table): ES modules, not IIFE.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Building the whole sample dataset takes seconds on a busy 2-core machine.
    testTimeout: 20_000,
  },
});

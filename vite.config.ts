import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { transcriptProxy } from './src/server/proxy/plugin.ts';

// The proxy starts servers of its own; Vitest needs none of them.
const inVitest = process.env.VITEST !== undefined;

export default defineConfig({
  plugins: [react(), tailwindcss(), ...(inVitest ? [] : [transcriptProxy()])],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});

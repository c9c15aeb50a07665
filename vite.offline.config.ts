import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineOfflinePage, OFFLINE_PAGE } from './src/server/offline/plugin.ts';

/**
 * The self-contained offline page (docs/architecture.md, "HTML export"): offline.html and
 * src/offline-main.tsx as one HTML file, every script and style inline, no other file. Run after
 * the app's build (`npm run build`), into the same directory; the dev server runs it on demand.
 */
export default defineConfig({
  plugins: [react(), tailwindcss(), inlineOfflinePage()],
  resolve: { tsconfigPaths: true },
  // public/ is the served app's (its theme script, its icon); the file carries nothing beside it.
  publicDir: false,
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: false,
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: () => true,
    // One chunk, lazy imports (the Markdown highlighter, the emoji table) included.
    rolldownOptions: { input: OFFLINE_PAGE, output: { codeSplitting: false } },
  },
});

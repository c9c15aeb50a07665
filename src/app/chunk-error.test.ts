import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './chunk-error.ts';

describe('isChunkLoadError', () => {
  it('knows each browser’s and Vite’s words for code that failed to download', () => {
    const url = 'https://viewer.example/assets/conversation-list-page-3f2a.js';
    for (const message of [
      `Failed to fetch dynamically imported module: ${url}`, // Chromium
      `error loading dynamically imported module: ${url}`, // Firefox
      'Importing a module script failed.', // Safari
      `Unable to preload CSS for ${url}`, // Vite, a build's CSS
    ]) {
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
    }
  });

  it('leaves other failures to the ordinary notice', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

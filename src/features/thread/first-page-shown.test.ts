import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstPageShown, markFirstPageShown, transcriptKey } from './first-page-shown.ts';

describe('first page shown', () => {
  afterEach(() => void vi.useRealTimers());

  it('lets a waiter go when the pane marks the transcript shown', async () => {
    vi.useFakeTimers();
    const key = transcriptKey('telnyx', 'a');
    let done = false;
    const waiting = firstPageShown(key, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    markFirstPageShown(key);
    await waiting;
    expect(done).toBe(true);
  });

  it('does not wait when the pane was quicker than the pump', async () => {
    vi.useFakeTimers();
    const key = transcriptKey('telnyx', 'b');
    markFirstPageShown(key);
    let done = false;
    void firstPageShown(key, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting after the timeout, and a later mark is harmless', async () => {
    vi.useFakeTimers();
    const key = transcriptKey('telnyx', 'c');
    let done = false;
    void firstPageShown(key, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(() => markFirstPageShown(key)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import page from './fixtures/messages-page.json';
import { normalizeTelnyxPage, telnyxMessageDetails } from './normalize.ts';

describe('normalizeTelnyxPage', () => {
  const messages = normalizeTelnyxPage(page.data);

  it('matches the golden model', async () => {
    await expect(JSON.stringify(messages, null, 2)).toMatchFileSnapshot(
      './fixtures/messages-page.golden.json',
    );
  });

  it('derives ids that are stable across loads and distinct for identical twins', () => {
    const again = normalizeTelnyxPage(page.data);
    expect(again.map((m) => m.id)).toEqual(messages.map((m) => m.id));
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    // The same message on another page (shifted by a live conversation) keeps its id.
    expect(normalizeTelnyxPage([page.data[4]])[0]?.id).toBe(messages[4]?.id);
  });

  it('times messages by sent_at, and shows the delivery delay and latency', () => {
    const assistant = messages[4];
    expect(assistant?.time).toBe('2026-07-12T17:19:13.528Z');
    const details = telnyxMessageDetails(page.data[4]);
    expect(details).toContainEqual({ label: 'Delivery delay', value: '73 ms' });
    expect(details).toContainEqual({ label: 'Perceived latency', value: '2287 ms' });
  });

  it('keeps a null item as a raw part', () => {
    expect(messages.at(-1)?.parts[0]?.kind).toBe('raw');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLE_CREDENTIALS,
  startSampleBackend,
  type RunningSampleBackend,
} from './index.ts';
import { getJson, makeDataset } from './test-fixture.ts';

let backend: RunningSampleBackend;
beforeAll(async () => {
  backend = await startSampleBackend({ dataset: makeDataset() });
});
afterAll(() => backend.close());

describe('sample backend server', () => {
  it('reports its URLs', () => {
    expect(backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(backend.baseUrls).toEqual({
      twilio: `${backend.url}/twilio`,
      telnyx: `${backend.url}/telnyx/v2`,
      moveworks: `${backend.url}/moveworks/rest/v1beta1`,
    });
  });

  it('logs each request as method and raw target, in order', async () => {
    const before = backend.requestLog.length;
    await getJson(`${backend.url}/twilio/v1/Sessions/a%2Fb?PageSize=1`);
    await fetch(`${backend.url}/telnyx/v2/ai/conversations`, { method: 'HEAD' });
    expect(backend.requestLog.slice(before)).toEqual([
      'GET /twilio/v1/Sessions/a%2Fb?PageSize=1',
      'HEAD /telnyx/v2/ai/conversations',
    ]);
  });

  it('answers 404 JSON outside the vendor prefixes and 200 at the root', async () => {
    const res = await getJson(`${backend.url}/stripe/v1/charges`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const bad = await getJson(`${backend.url}/twilio/v1/Sessions/%E0%A4%A`);
    expect(bad.status).toBe(404);
    const root = await getJson(`${backend.url}/`);
    expect(root.status).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(`${backend.url}/`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('refuses duplicate ids at start', async () => {
    const dataset = makeDataset();
    const first = dataset.telnyx[0];
    if (first) dataset.telnyx.push(first);
    await expect(startSampleBackend({ dataset })).rejects.toThrow(
      /two telnyx conversations with id/,
    );
  });

  it('serves a 100,000-message conversation fast', async () => {
    const dataset = makeDataset();
    const record = dataset.moveworks[0];
    const telnyx = dataset.telnyx[0];
    if (!record || !telnyx) throw new Error('fixture changed');
    const template = record.messages[0];
    const tTemplate = telnyx.messages[0];
    if (!template || !tTemplate) throw new Error('fixture changed');
    record.messages = Array.from({ length: 100_000 }, (_, i) => ({
      ...template,
      message_id: `msg_${i}`,
    }));
    telnyx.messages = Array.from({ length: 100_000 }, (_, i) => ({ ...tTemplate, text: `m${i}` }));
    const big = await startSampleBackend({ dataset });
    try {
      const id = encodeURIComponent(record.conversation.conversation_id);
      const { accessToken, assistantName } = DEFAULT_SAMPLE_CREDENTIALS.moveworks;
      const headers = { authorization: `Bearer ${accessToken}`, 'assistant-name': assistantName };
      const started = performance.now();
      const first = await getJson(
        `${big.baseUrls.moveworks}/conversations/${id}/messages?limit=100`,
        headers,
      );
      const tid = encodeURIComponent(telnyx.conversation.id);
      const tHeaders = { authorization: `Bearer ${DEFAULT_SAMPLE_CREDENTIALS.telnyx.apiKey}` };
      const last = await getJson(
        `${big.baseUrls.telnyx}/ai/conversations/${tid}/messages?page[number]=1000&page[size]=100`,
        tHeaders,
      );
      for (let i = 0; i < 50; i++) {
        await getJson(
          `${big.baseUrls.telnyx}/ai/conversations/${tid}/messages?page[number]=${i + 1}&page[size]=100`,
          tHeaders,
        );
      }
      expect(performance.now() - started).toBeLessThan(2000);
      expect(first.status).toBe(200);
      expect(JSON.stringify(first.body)).toContain('msg_99999');
      expect(JSON.stringify(last.body)).toContain('"m0"');
    } finally {
      await big.close();
    }
  });
});

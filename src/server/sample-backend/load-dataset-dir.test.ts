import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_CREDENTIALS, loadDatasetDir, startSampleBackend } from './index.ts';
import { field, getJson, makeDataset, ODD_ID } from './test-fixture.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sample-backend-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function put(vendor: string, name: string, content: unknown): Promise<string> {
  await mkdir(join(dir, vendor), { recursive: true });
  const file = join(dir, vendor, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadDatasetDir', () => {
  it('reads one record per file, in name order; missing vendor folders mean no records', async () => {
    const data = makeDataset();
    await put('twilio', 'b.json', data.twilio[1]);
    await put('twilio', 'a.json', data.twilio[0]);
    await put('twilio', 'README.md', 'not a record');
    await put('moveworks', 'one.json', data.moveworks[0]);
    const loaded = await loadDatasetDir(dir);
    expect(loaded.twilio).toEqual([data.twilio[0], data.twilio[1]]);
    expect(loaded.telnyx).toEqual([]);
    expect(loaded.moveworks).toEqual([data.moveworks[0]]);
  });

  it('keeps fields beyond dataset.ts so they are served as written', async () => {
    const record = makeDataset().telnyx[0];
    await put('telnyx', 'x.json', {
      ...record,
      conversation: { ...record?.conversation, extra: 1 },
    });
    const loaded = await loadDatasetDir(dir);
    expect(Reflect.get(loaded.telnyx[0]?.conversation ?? {}, 'extra')).toBe(1);
  });

  it('names a data folder that does not exist', async () => {
    const missing = join(dir, 'nope');
    await expect(loadDatasetDir(missing)).rejects.toThrow(
      `Sample data folder ${missing} does not exist`,
    );
  });

  it('names a file that is not JSON', async () => {
    const file = await put('telnyx', 'broken.json', '{"conversation": ');
    await expect(loadDatasetDir(dir)).rejects.toThrow(`Sample data file ${file} is not valid JSON`);
  });

  it('names a file with the wrong shape, and the bad field', async () => {
    const record = makeDataset().moveworks[0];
    const file = await put('moveworks', 'bad.json', {
      ...record,
      conversation: { conversation_id: 7 },
    });
    const error = loadDatasetDir(dir);
    await expect(error).rejects.toThrow(`Sample data file ${file} is not a valid record`);
    await expect(error).rejects.toThrow(/conversation\.conversation_id/);
  });

  it('serves a loaded folder through startSampleBackend({ dataDir })', async () => {
    await put('twilio', 'odd.json', makeDataset().twilio[0]);
    const backend = await startSampleBackend({ dataDir: dir });
    try {
      const { accountSid, authToken } = DEFAULT_SAMPLE_CREDENTIALS.twilio;
      const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
      const res = await getJson(`${backend.baseUrls.twilio}/v1/Sessions`, { authorization });
      expect(field(res.body, 'sessions', '0', 'id')).toBe(ODD_ID);
    } finally {
      await backend.close();
    }
  });
});

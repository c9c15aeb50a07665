import { describe, expect, it } from 'vitest';
import { readBlobText } from './read-blob.ts';

describe('readBlobText', () => {
  it('reads UTF-8 split across chunks, keeps a byte-order mark, and reports the bytes read', async () => {
    // 9 MB of 3-byte characters, so that chunk edges fall inside characters.
    const text = `\uFEFF${'€'.repeat(3 * 1024 * 1024)}end`;
    const blob = new Blob([text]);
    const reports: [number, number][] = [];
    const read = await readBlobText(blob, (done, size) => reports.push([done, size]));
    expect(read).toBe(text);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.at(-1)).toEqual([blob.size, blob.size]);
    const done = reports.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });
});

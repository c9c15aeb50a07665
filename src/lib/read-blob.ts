/** Bytes read between two progress reports, at least. */
const REPORT_EVERY_BYTES = 4 * 1024 * 1024;

/**
 * A blob's text, UTF-8, read chunk by chunk so that progress can be told: `onProgress(read,
 * size)` in bytes, every few megabytes and at the end. A byte-order mark is kept.
 * @throws the stream's error when the file cannot be read (e.g. it changed on disk).
 */
export async function readBlobText(
  blob: Blob,
  onProgress?: (read: number, size: number) => void,
): Promise<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const reader = blob.stream().getReader();
  let read = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    read += value.byteLength;
    if (read - reported >= REPORT_EVERY_BYTES) {
      reported = read;
      onProgress?.(read, blob.size);
    }
  }
  parts.push(decoder.decode());
  onProgress?.(read, blob.size);
  return parts.join('');
}

/**
 * The file reader's worker (open-file.ts): reads the Blob it is sent, makes a transcript of it
 * (vendors' `readTranscriptFile`) and posts it back a page at a time, off the page's thread.
 */
import { readBlobText } from '@/lib/read-blob.ts';
import { FileShapeError, readTranscriptFile } from '@/vendors/index.ts';
import type { FromFileWorker } from './open-file.ts';

function send(message: FromFileWorker) {
  self.postMessage(message);
}

async function read(file: Blob) {
  try {
    const text = await readBlobText(file, (read, size) => send({ type: 'progress', read, size }));
    send({ type: 'checking' });
    const { pages, ...head } = await readTranscriptFile(text);
    send({ type: 'head', head });
    for (const page of pages) send({ type: 'page', page });
    send({ type: 'done' });
  } catch (error) {
    if (error instanceof FileShapeError) {
      send({ type: 'error', where: error.where, detail: error.detail });
    } else {
      const why = error instanceof Error ? error.message : String(error);
      send({ type: 'error', where: 'the file', detail: `cannot be read (${why})` });
    }
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  if (event.data instanceof Blob) void read(event.data);
};

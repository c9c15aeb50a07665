/**
 * The file reader's worker (open-file.ts): reads the Blob it is sent, makes a transcript of it
 * (vendors' `readTranscriptFile`) and keeps it, posting back each page the page asks for.
 */
import { readBlobText } from '@/lib/read-blob.ts';
import type { MessagePage } from '@/transcript/model.ts';
import { FileShapeError, readTranscriptFile } from '@/vendors/index.ts';
import type { FromFileWorker, ToFileWorker } from './open-file.ts';

let pages: readonly MessagePage[] = [];

function send(message: FromFileWorker) {
  self.postMessage(message);
}

async function read(file: Blob) {
  try {
    const text = await readBlobText(file, (read, size) => send({ type: 'progress', read, size }));
    send({ type: 'checking' });
    const { pages: read, ...head } = await readTranscriptFile(text);
    pages = read;
    send({ type: 'opened', head, pages: read.length });
  } catch (error) {
    if (error instanceof FileShapeError) {
      send({ type: 'error', where: error.where, detail: error.detail });
    } else {
      const why = error instanceof Error ? error.message : String(error);
      send({ type: 'error', where: 'the file', detail: `cannot be read (${why})` });
    }
  }
}

self.onmessage = (event: MessageEvent<ToFileWorker>) => {
  const message = event.data;
  if (message.type === 'read') void read(message.file);
  else send({ type: 'page', id: message.id, page: pages[message.index] });
};

import type { MessagePage } from '@/transcript/model.ts';
import { FileShapeError, type OpenedFile } from '@/vendors/index.ts';
import type { PageSource } from './page-source.ts';

/** How far reading a file has got: bytes read of its size, then checking what it holds. */
export interface FileProgress {
  /** Bytes read so far. */
  read: number;
  /** The file's size, bytes. */
  size: number;
  /** True once every byte is read, while the file's shape is checked and its pages made. */
  checking: boolean;
}

/** What the page asks the file worker (file-worker.ts): read a file, then one page at a time. */
export type ToFileWorker =
  { type: 'read'; file: Blob } | { type: 'page'; id: number; index: number };

/** What the file worker says: progress, then the file or its fault; then each page asked for. */
export type FromFileWorker =
  | { type: 'progress'; read: number; size: number }
  | { type: 'checking' }
  | { type: 'opened'; head: FileHead; pages: number }
  | { type: 'error'; where: string; detail: string }
  | { type: 'page'; id: number; page: MessagePage | undefined };

/** What a file says of itself besides its pages: vendor, kind, conversation, completeness. */
export type FileHead = Omit<OpenedFile, 'pages'>;

/** A transcript file read and held by its worker, its pages served on request. */
export interface FileTranscript {
  head: FileHead;
  /** The file's pages, served by the worker (cursor `String(i)` for page i, 0-based). */
  source: PageSource;
  /** Stops the worker: the file's pages are let go, and a page asked for after fails. */
  close: () => void;
}

/**
 * Reads a transcript file (vendors' `readTranscriptFile`) in a Web Worker, which keeps it: a
 * large one (100 MB) is read, parsed, validated and normalized without holding up the page, and
 * the page holds only what it shows. Its pages come one message each, as the loader asks, so no
 * task on the page copies the whole file; they are numbered, so the loader asks ahead.
 * @param name names the transcript's query key, `['transcript', 'file', name]`: unique a file.
 * @param onProgress called as bytes are read, and once reading is done and checking begins.
 * @throws {FileShapeError} for a file that is not a transcript (where it differs); an `Error`
 *   when the worker cannot start; the signal's reason once it aborts (the worker is stopped).
 */
export function openTranscriptFile(
  file: Blob,
  name: string,
  onProgress: (progress: FileProgress) => void,
  signal: AbortSignal,
): Promise<FileTranscript> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./file-worker.ts', import.meta.url), { type: 'module' });
    const asked = new Map<number, (page: MessagePage | undefined) => void>();
    let closed = false;
    const close = () => {
      closed = true;
      worker.terminate();
      signal.removeEventListener('abort', abort);
      for (const answer of asked.values()) answer(undefined);
      asked.clear();
    };
    const abort = () => {
      close();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    const send = (message: ToFileWorker) => worker.postMessage(message);
    let asks = 0;
    const pageAt = (index: number) =>
      new Promise<MessagePage | undefined>((answer) => {
        if (closed) return answer(undefined);
        asks += 1;
        asked.set(asks, answer);
        send({ type: 'page', id: asks, index });
      });
    worker.onmessage = (event: MessageEvent<FromFileWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          return onProgress({ read: message.read, size: message.size, checking: false });
        case 'checking':
          return onProgress({ read: file.size, size: file.size, checking: true });
        case 'opened':
          signal.removeEventListener('abort', abort);
          return resolve({
            head: message.head,
            source: fileSource(name, message.pages, pageAt),
            close,
          });
        case 'error':
          close();
          return reject(new FileShapeError(message.where, message.detail));
        case 'page':
          asked.get(message.id)?.(message.page);
          asked.delete(message.id);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      close();
      reject(new Error(`The file reader could not run: ${event.message}`));
    };
    send({ type: 'read', file });
  });
}

/** The pages of a file its worker holds, `count` of them, each had by `pageAt(index)`. */
function fileSource(
  name: string,
  count: number,
  pageAt: (index: number) => Promise<MessagePage | undefined>,
): PageSource {
  return {
    key: ['transcript', 'file', name],
    async fetchPage(cursor, signal) {
      signal.throwIfAborted();
      const index = cursor === null ? 0 : Number(cursor);
      const page = await pageAt(index);
      signal.throwIfAborted();
      if (!page) throw new RangeError(`No page ${cursor} in "${name}": the file is closed`);
      const nextCursor = index + 1 < count ? String(index + 1) : null;
      // Numbered by its place in the file (not the vendor's own numbers), for asking ahead.
      return { ...page, nextCursor, numbered: { page: index + 1, pages: count } };
    },
    cursorOfPage: (n) => String(n - 1),
  };
}

import type { MessagePage } from '@/transcript/model.ts';
import { FileShapeError, type OpenedFile } from '@/vendors/index.ts';

/** How far reading a file has got: bytes read of its size, then checking what it holds. */
export interface FileProgress {
  /** Bytes read so far. */
  read: number;
  /** The file's size, bytes. */
  size: number;
  /** True once every byte is read, while the file's shape is checked and its pages made. */
  checking: boolean;
}

/** What the file worker (file-worker.ts) says, in order: progress, then the file or its fault. */
export type FromFileWorker =
  | { type: 'progress'; read: number; size: number }
  | { type: 'checking' }
  | { type: 'head'; head: Omit<OpenedFile, 'pages'> }
  | { type: 'page'; page: MessagePage }
  | { type: 'done' }
  | { type: 'error'; where: string; detail: string };

/**
 * Reads a transcript file (vendors' `readTranscriptFile`) in a Web Worker, so that a large one
 * (100 MB) is read, parsed, validated and normalized without holding up the page; its pages
 * come back one message each, so that no single task on the page copies the whole file.
 * @param onProgress called as bytes are read, and once reading is done and checking begins.
 * @throws {FileShapeError} for a file that is not a transcript (where it differs); an `Error`
 *   when the worker cannot start; the signal's reason once it aborts (the worker is stopped).
 */
export function openTranscriptFile(
  file: Blob,
  onProgress: (progress: FileProgress) => void,
  signal: AbortSignal,
): Promise<OpenedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./file-worker.ts', import.meta.url), { type: 'module' });
    const stop = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => stop(() => reject(signal.reason));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    let head: Omit<OpenedFile, 'pages'> | undefined;
    const pages: MessagePage[] = [];
    worker.onmessage = (event: MessageEvent<FromFileWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          return onProgress({ read: message.read, size: message.size, checking: false });
        case 'checking':
          return onProgress({ read: file.size, size: file.size, checking: true });
        case 'head':
          head = message.head;
          return;
        case 'page':
          pages.push(message.page);
          return;
        case 'done':
          return stop(() =>
            head ? resolve({ ...head, pages }) : reject(new Error('The file reader said nothing')),
          );
        case 'error':
          return stop(() => reject(new FileShapeError(message.where, message.detail)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop(() => reject(new Error(`The file reader could not run: ${event.message}`)));
    };
    worker.postMessage(file);
  });
}

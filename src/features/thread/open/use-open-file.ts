import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  openTranscriptFile,
  type FileProgress,
  type FileTranscript,
} from '@/transcript-loading/open-file.ts';
import { FileShapeError } from '@/vendors/index.ts';

/** A transcript read from a file, its pages held by its reader (transcript-loading/open-file.ts). */
export interface OpenedTranscript extends FileTranscript {
  /** The file's name, as the browser gives it. */
  name: string;
}

/** A file that could not be opened: its name, where its shape differs, and how. */
export interface FileFault {
  name: string;
  where: string;
  detail: string;
}

/** What the `/open` page shows: the transcript opened last, a file being read, a fault. */
export interface OpenFileState {
  opened: OpenedTranscript | undefined;
  reading: { name: string; progress: FileProgress } | undefined;
  fault: FileFault | undefined;
  /** Reads `file` (stopping a read under way); on success it replaces the transcript shown. */
  open: (file: File) => void;
}

let opens = 0;

/**
 * The `/open` page's state, in memory only (a reload starts empty): a file is read off the
 * page's thread (transcript-loading/open-file.ts) and, once whole, replaces the transcript shown.
 * A file that is not a transcript leaves what is shown as it was and gives a fault. A replaced
 * transcript's reader stops, and its pages leave the query cache at once, not minutes later.
 */
export function useOpenFile(): OpenFileState {
  const client = useQueryClient();
  const [opened, setOpened] = useState<OpenedTranscript>();
  const [reading, setReading] = useState<OpenFileState['reading']>();
  const [fault, setFault] = useState<FileFault>();
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);
  useEffect(() => {
    if (!opened) return;
    const { key } = opened.source;
    return () => {
      opened.close();
      client.removeQueries({ queryKey: key, exact: true });
      client.removeQueries({ queryKey: ['message-page', ...key] });
    };
  }, [client, opened]);

  const open = useCallback((file: File) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { name } = file;
    setFault(undefined);
    setReading({ name, progress: { read: 0, size: file.size, checking: false } });
    const live = () => running.current === controller;
    opens += 1;
    openTranscriptFile(
      file,
      `${opens}/${name}`,
      (progress) => live() && setReading({ name, progress }),
      controller.signal,
    ).then(
      (read) => {
        if (!live()) return read.close();
        setOpened({ ...read, name });
        setReading(undefined);
      },
      (error: unknown) => {
        if (!live()) return;
        setReading(undefined);
        setFault(
          error instanceof FileShapeError
            ? { name, where: error.where, detail: error.detail }
            : { name, where: 'the file', detail: `cannot be read (${String(error)})` },
        );
      },
    );
  }, []);
  return { opened, reading, fault, open };
}

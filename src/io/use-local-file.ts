import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalFile } from '../data/dataset-source';
import type { DatasetResult } from '../domain/validate-dataset';

export interface LocalFileApi {
  /** The file shown instead of the linked or bundled dataset, or null. */
  readonly file: LocalFile | null;
  /** The name of a file being read, for a status line. */
  readonly reading: string | null;
  readonly open: (file: File) => Promise<void>;
  readonly close: () => void;
}

/**
 * A file the reader opens in the page: read on this computer, never uploaded, in the dataset
 * worker when it is large (read-local-file.ts), turned into a timeline whatever its format.
 * Opening another file, or closing, while one is read cancels that read (its worker is
 * terminated), so an older file never replaces a newer one. `onOpened` runs once it is shown, so
 * the view can start afresh (another dataset's filters would not apply).
 */
export function useLocalFile(onOpened: () => void): LocalFileApi {
  const [file, setFile] = useState<LocalFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const opened = useRef(onOpened);
  const current = useRef<AbortController | null>(null);
  useEffect(() => {
    opened.current = onOpened;
  });
  useEffect(() => () => current.current?.abort(), []);

  const open = useCallback(async (chosen: File) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setReading(chosen.name);
    let result: DatasetResult;
    try {
      // Loaded when a file is first opened: the readers stay out of the page's first load.
      const { readLocalFile } = await import('../data/read-local-file');
      result = await readLocalFile(chosen, { signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return;
      result = { ok: false, problems: [{ path: '(file)', message: 'the file could not be read' }] };
    }
    if (controller.signal.aborted) return;
    current.current = null;
    setReading(null);
    setFile({ name: chosen.name, result });
    opened.current();
  }, []);
  const close = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setReading(null);
    setFile(null);
  }, []);
  return { file, reading, open, close };
}

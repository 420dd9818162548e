import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalFile } from '../data/dataset-source';
import type { ImportResult } from '../domain/import/import-dataset';
import { DATASET_LIMITS, tooLarge } from '../domain/dataset-limits';

export interface LocalFileApi {
  /** The file shown instead of the linked or bundled dataset, or null. */
  readonly file: LocalFile | null;
  /** The name of a file being read, for a status line. */
  readonly reading: string | null;
  readonly open: (file: File) => Promise<void>;
  readonly close: () => void;
}

function failed(problems: ImportResult['problems']): ImportResult {
  return { format: 'dataset', dataset: null, problems };
}

/**
 * A file the reader opens in the page: read here with File.text(), never uploaded, turned into a
 * dataset by the importer (loaded on first use). `onOpened` runs once it is shown, so the view
 * can start afresh (another dataset's filters would not apply).
 */
export function useLocalFile(onOpened: () => void): LocalFileApi {
  const [file, setFile] = useState<LocalFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const opened = useRef(onOpened);
  useEffect(() => {
    opened.current = onOpened;
  });

  const open = useCallback(async (chosen: File) => {
    setReading(chosen.name);
    let imported: ImportResult;
    try {
      if (chosen.size > DATASET_LIMITS.maxBytes) {
        const refusal = tooLarge(chosen.size);
        imported = failed(refusal.ok ? [] : refusal.problems);
      } else {
        const [text, { importDataset }] = await Promise.all([
          chosen.text(),
          import('../domain/import/import-dataset'),
        ]);
        imported = importDataset(text, { fileName: chosen.name });
      }
    } catch {
      imported = failed([{ path: '(file)', message: 'the file could not be read' }]);
    }
    setReading(null);
    setFile({ name: chosen.name, imported });
    opened.current();
  }, []);
  const close = useCallback(() => setFile(null), []);
  return { file, reading, open, close };
}

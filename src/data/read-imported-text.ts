/**
 * Dataset text in any of the formats the importer knows (our JSON, TimelineJS JSON, a CSV or TSV
 * sheet), to the result every view reads. Our own format, by far the most common, keeps its fast
 * path; the importer is loaded only for text that is not plainly ours.
 */
import type { ImportResult } from '../domain/import/import-dataset';
import { readDatasetTextLazily } from '../domain/read-dataset-text-lazily';
import { buildTimeline } from '../domain/timeline-model';
import type { DatasetResult } from '../domain/validate-dataset';

/** Our format names itself near the top of the file; anything else goes to the importer. */
const OWN_FORMAT = /"format"\s*:\s*"china-dprk-timeline\/dataset"/;

/** Whether text (its first 4 KB suffice) is in our own format rather than one to import. */
export function isOwnFormat(text: string): boolean {
  return OWN_FORMAT.test(text.slice(0, 4096));
}

/** The importer's answer as the views' result: a timeline, or the problems found. */
export function importedResult(imported: ImportResult): DatasetResult {
  if (imported.dataset && imported.problems.length === 0) {
    // The importer has run the dataset validator already.
    return { ok: true, timeline: buildTimeline(imported.dataset) };
  }
  return {
    ok: false,
    problems:
      imported.problems.length > 0
        ? imported.problems
        : [{ path: '(dataset)', message: 'the file could not be read as a timeline' }],
  };
}

/** Reads fetched or chosen text, whatever its format; `name` (a file name or URL) is a hint. */
export async function readImportedText(text: string, name?: string): Promise<DatasetResult> {
  if (isOwnFormat(text)) return readDatasetTextLazily(text);
  const { importDataset } = await import('../domain/import/import-dataset');
  return importedResult(importDataset(text, name === undefined ? {} : { fileName: name }));
}

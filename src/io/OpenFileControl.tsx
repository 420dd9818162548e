import { useId } from 'react';
import type { Ref } from 'react';

/** What the importer reads; the content decides the format, these only filter the file picker. */
const ACCEPT = [
  '.json',
  '.csv',
  '.tsv',
  '.txt',
  'application/json',
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
].join(',');

/** A real file input, named "Open a file": the file is read in the page, never uploaded. */
export function OpenFileControl({
  onFile,
  inputRef,
  disabled = false,
}: {
  readonly onFile: (file: File) => void;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly disabled?: boolean;
}) {
  const id = useId();
  return (
    <span className="open-file">
      <label htmlFor={id}>Open a file</label>
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept={ACCEPT}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after editing it) reads it again.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </span>
  );
}

import { useId, useRef } from 'react';
import type { LocalFile } from '../data/dataset-source';
import { downloadBlob, fileNameFor } from '../export/download';

interface Props {
  readonly file: LocalFile;
  readonly backLabel: string;
  readonly onBack: () => void;
}

/**
 * Says what is shown (a file from this computer, not uploaded), that a link cannot share it until
 * it is hosted, and offers it in our format, validated, so it can be.
 */
export function LocalFileNote({ file, backLabel, onBack }: Props) {
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const dataset = file.result.ok ? file.result.timeline.dataset : null;
  const ok = dataset !== null;
  const download = () => {
    if (!dataset || !section.current) return;
    const text = `${JSON.stringify(dataset, null, 2)}\n`;
    const stem = file.name.replace(/\.[^.]*$/, '');
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      fileNameFor(stem, 'json'),
      section.current,
    );
  };
  return (
    <section className="local-file" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId} className="local-file-name">
        Showing your file <bdi>{file.name}</bdi>
      </h2>
      <p>
        It was read on this computer and not uploaded, so a link to this page cannot show it to
        anyone else. To share it, put the dataset online somewhere and open this page with{' '}
        <code>?data=</code> and its address.
      </p>
      <div className="local-file-actions">
        {ok && (
          <button type="button" onClick={download}>
            Download dataset JSON
          </button>
        )}
        <button type="button" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </section>
  );
}

import { Suspense, lazy, useCallback, useRef, useState } from 'react';
import type { DatasetSource } from '../data/dataset-source';
import { useHydrated } from '../app/use-hydrated';
import { bundledDatasetUrl } from '../data/dataset-url';
import type { EmbedTarget } from '../embed-code/embed-snippets';
import type { ViewState } from '../domain/view-state';
import { DropTarget } from './DropTarget';
import { LocalFileNote } from './LocalFileNote';
import { PageToolsRow } from './PageToolsRow';
import type { LocalFileApi } from './use-local-file';

const EmbedCodeDialog = lazy(() =>
  import('../embed-code/EmbedCodeDialog').then((m) => ({ default: m.EmbedCodeDialog })),
);

interface Props {
  readonly local: LocalFileApi;
  /** The dataset the page was opened with (bundled or `?data=`). */
  readonly source: DatasetSource;
  readonly state: ViewState;
}

/** The page's own tools: open a file (or drop one), go back, and get the code to embed the view. */
export function PageTools({ local, source, state }: Props) {
  const [embedTarget, setEmbedTarget] = useState<EmbedTarget | null>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { open, close, file, reading } = local;
  // In the prerendered page the tools show before their script has run: off until it has, so a
  // file chosen in that moment is not silently lost.
  const live = useHydrated();
  const onFile = useCallback((chosen: File) => void open(chosen), [open]);
  // Read when needed, not while rendering: the page is also rendered at build time, with no
  // document to resolve the bundled dataset's address against.
  const linkedUrl = () =>
    'url' in source && source.url !== bundledDatasetUrl() ? source.url : null;

  const showEmbedCode = () => {
    // The heading names whatever dataset is shown; the iframe takes its name from it.
    const title =
      embedButton.current?.closest('.cdt-app')?.querySelector('.app-title')?.textContent ??
      document.title;
    setEmbedTarget({
      appUrl: `${window.location.origin}${window.location.pathname}`,
      // A file on this computer has no address yet: a placeholder says where its address goes.
      datasetUrl: file ? 'https://example.org/your-timeline.json' : linkedUrl(),
      state,
      title,
    });
  };
  const closeEmbedCode = () => {
    setEmbedTarget(null);
    embedButton.current?.focus();
  };

  return (
    <div className="page-tools">
      <PageToolsRow
        onFile={onFile}
        onEmbedCode={showEmbedCode}
        disabled={!live}
        fileInputRef={fileInput}
        embedButtonRef={embedButton}
      />
      <p className="visually-hidden" role="status">
        {reading ? `Reading ${reading}…` : ''}
      </p>
      {file && (
        <LocalFileNote
          file={file}
          backLabel={linkedUrl() ? 'Back to the linked timeline' : 'Back to the bundled timeline'}
          onBack={() => {
            close();
            fileInput.current?.focus();
          }}
        />
      )}
      <DropTarget onFile={onFile} />
      {embedTarget && (
        <Suspense fallback={null}>
          <EmbedCodeDialog
            target={embedTarget}
            localFile={file?.name ?? null}
            onClose={closeEmbedCode}
          />
        </Suspense>
      )}
    </div>
  );
}

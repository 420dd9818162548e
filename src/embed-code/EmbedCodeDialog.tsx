import { useEffect, useId, useRef, useState } from 'react';
import type { EmbedTarget } from './embed-snippets';
import { embedSnippets } from './embed-snippets';
import './embed-code.css';

interface SnippetProps {
  readonly label: string;
  readonly hint: string;
  readonly code: string;
}

/** One snippet, read-only, with a Copy button (the clipboard, or else the text selected). */
function Snippet({ label, hint, code }: SnippetProps) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied.');
    } catch {
      // No clipboard access (an insecure page, a refused permission): select it for the reader.
      area.current?.focus();
      area.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <div className="snippet">
      <label htmlFor={`${id}-code`}>{label}</label>
      <p className="snippet-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={`${id}-code`}
        ref={area}
        readOnly
        spellCheck={false}
        rows={code.split('\n').length}
        value={code}
        aria-describedby={`${id}-hint`}
      />
      <div className="snippet-actions">
        <button type="button" onClick={() => void copy()} aria-label={`Copy ${label}`}>
          Copy
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}

interface Props {
  readonly target: EmbedTarget;
  /** The name of a file opened in the page, which has no address to embed yet. */
  readonly localFile: string | null;
  readonly onClose: () => void;
}

/** A modal dialog (native <dialog>: Escape closes it, focus stays inside) with the embed code. */
export function EmbedCodeDialog({ target, localFile, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const snippets = embedSnippets(target);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>Embed this timeline</h2>
      {localFile ? (
        <p className="embed-note">
          You are looking at <bdi>{localFile}</bdi>, a file on this computer: no other page can load
          it until it is online. Download it as dataset JSON, host it, and put its address in place
          of the dataset address below.
        </p>
      ) : (
        <p className="embed-note">
          Each snippet shows this dataset with the current filters and selected event.
        </p>
      )}
      <Snippet
        label="Iframe"
        hint="Works in any page, even one that strips scripts (it is then 640 pixels tall); the script only fits its height to the content."
        code={snippets.iframe}
      />
      <Snippet
        label="Custom element"
        hint="A <china-dprk-timeline> element for pages that allow scripts."
        code={snippets.element}
      />
      <Snippet
        label="React component"
        hint="For a React 19 app, from the china-dprk-timeline package."
        code={snippets.react}
      />
      <div className="embed-dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

import type { Ref } from 'react';
import { OpenFileControl } from './OpenFileControl';

interface Props {
  readonly onFile: (file: File) => void;
  readonly onEmbedCode: () => void;
  /** Off until the tools' script has run: a file chosen before then would be lost. */
  readonly disabled: boolean;
  readonly fileInputRef?: Ref<HTMLInputElement>;
  readonly embedButtonRef?: Ref<HTMLButtonElement>;
}

/**
 * The page tools' controls: open a file, get the embed code. Drawn alone, disabled, while the
 * tools' own script is on its way, so that they take their room from the first render and
 * nothing below them moves when they come alive.
 */
export function PageToolsRow({
  onFile,
  onEmbedCode,
  disabled,
  fileInputRef,
  embedButtonRef,
}: Props) {
  return (
    <div className="page-tools-row">
      <OpenFileControl onFile={onFile} inputRef={fileInputRef} disabled={disabled} />
      <button
        type="button"
        ref={embedButtonRef}
        aria-haspopup="dialog"
        onClick={onEmbedCode}
        disabled={disabled}
      >
        Embed code
      </button>
    </div>
  );
}

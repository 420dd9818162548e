import { useEffect, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Takes a file dropped anywhere on the page, with a visible hint while one is dragged over it.
 * The hint is for sighted pointer users; the "Open a file" control is the way for everyone.
 */
export function DropTarget({ onFile }: { readonly onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    const onDragLeave = (e: DragEvent) => {
      // Leaving one element for another inside the page also fires dragleave; only the window's
      // edge has no element to go to.
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      onFile(file);
    };
    const onEnd = () => setOver(false);
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('drop', onDrop);
    document.addEventListener('dragend', onEnd);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
      document.removeEventListener('dragend', onEnd);
    };
  }, [onFile]);

  return over ? (
    <div className="drop-hint" aria-hidden="true">
      <p>Drop the file to open it here (it stays on this computer)</p>
    </div>
  ) : null;
}

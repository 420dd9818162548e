/**
 * Saves a blob as a file through an `<a download>` with a blob: URL (a navigation the page's
 * policy allows; nothing is uploaded). The link is added next to `near` so it also works inside
 * a custom element's shadow root.
 */
export function downloadBlob(blob: Blob, fileName: string, near: Element): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  near.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a while for slow browsers, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a title: lower-case words joined by hyphens, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'timeline'}.${extension}`;
}

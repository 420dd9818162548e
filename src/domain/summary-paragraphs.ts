/**
 * A summary's paragraphs: imported text keeps its paragraph breaks as blank lines (see
 * import/html-text.ts), so a blank line (spaces allowed) separates paragraphs; a single line break
 * stays inside its paragraph. No summary, or only whitespace, gives none.
 */
export function summaryParagraphs(summary: string | undefined): string[] {
  if (summary === undefined) return [];
  return summary
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

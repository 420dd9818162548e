/**
 * The one normalisation allowed when checking that a quotation is verbatim: curly and straight
 * quote marks are the same, and any run of white space is one space. Nothing else may differ.
 */
export function normalizeForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

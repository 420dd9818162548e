/** The little of fontkit (which ships no types) that scripts/prerender-font-metrics.ts uses. */
declare module 'fontkit' {
  export interface Glyph {
    readonly advanceWidth: number;
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly characterSet: readonly number[];
    readonly familyName: string;
    readonly subfamilyName: string;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Uint8Array): Font;
}

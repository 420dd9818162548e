/** Text widths for label layout: measured with a canvas when there is one, estimated otherwise. */
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    // jsdom has no canvas: getContext is missing or returns null, and we estimate instead.
    const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
    context =
      canvas && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent)
        ? canvas.getContext('2d')
        : null;
  } catch {
    context = null;
  }
  return context;
}

export const LABEL_FONT = '600 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TITLE_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const cache = new Map<string, number>();

export function measureText(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ctx = canvasContext();
  let width: number;
  if (ctx) {
    ctx.font = font;
    width = ctx.measureText(text).width;
  } else {
    const size = font.includes('11px') ? 11 : 12;
    width = text.length * size * 0.56;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
}

/**
 * Where the zoom puts the plot's marks, eras and reply links. At rest the stylesheet places them
 * (timeline.css) from each element's base --x/--w/--y and the plot's --k/--tx, so a mark React
 * adds is in place from its first frame. But --k and --tx are inherited: changing them on the plot
 * restyles every element under it (~590 at 100 events: 20 ms a frame, which made zoom frames miss
 * the frame limit). During a gesture each placed element is therefore given its own transform,
 * the same the stylesheet would compute, so only those elements are restyled (~2.5 ms); when the
 * gesture ends the plot's --k/--tx take over again and the elements' own transforms go.
 */
import type { ZoomTransform } from '../domain/mark-geometry';

/** Placed from --x (and --y): a translation, as `.plot .mark, .plot .era, .plot .reply-link`. */
const PLACED = '.mark, .era, .reply-link';
/** Stretched from --w: a horizontal scale, as `.plot .band-shape, .plot .era-band` (min 3 px). */
const STRETCHED = '.band-shape, .era-band';
/** Stretched from --w with no minimum, as `.plot .reply-link path`. */
const LINK_PATH = '.reply-link > path';

type Styled = SVGElement | HTMLElement;

/** An element's own base value (set by React on it, or on the group it belongs to). */
function base(element: Styled, name: string): number {
  const value = parseFloat(element.style.getPropertyValue(name));
  return Number.isFinite(value) ? value : 0;
}

/** The plots given their own element transforms by a gesture, not yet settled. */
const moving = new WeakSet<Element>();

/** One frame of a gesture: each placed element's transform, written on the element itself. */
export function placeDuringGesture(plot: SVGGElement | null, t: ZoomTransform): void {
  if (!plot) return;
  moving.add(plot);
  for (const element of plot.querySelectorAll<SVGGElement>(PLACED)) {
    const x = base(element, '--x');
    const y = base(element, '--y');
    element.style.transform = `translate(${x * t.k + t.x}px, ${y}px)`;
    const w = base(element, '--w');
    const link = element.classList.contains('reply-link');
    const stretched = element.querySelector<SVGElement>(link ? ':scope > path' : STRETCHED);
    if (stretched) {
      stretched.style.transform = `scaleX(${link ? w * t.k : Math.max(w * t.k, 3)})`;
    }
  }
}

/** At rest (and when the plot is first drawn): the plot's --k/--tx, and no element's own. */
export function settlePlot(plot: SVGGElement | null, t: ZoomTransform): void {
  if (!plot) return;
  plot.style.setProperty('--k', String(t.k));
  plot.style.setProperty('--tx', String(t.x));
  if (!moving.has(plot)) return;
  moving.delete(plot);
  for (const element of plot.querySelectorAll<SVGElement>(
    `${PLACED}, ${STRETCHED}, ${LINK_PATH}`,
  )) {
    element.style.removeProperty('transform');
  }
}

import { describe, expect, it } from 'vitest';
import { placeDuringGesture, settlePlot } from '../../../src/timeline/plot-transform';

const SVG = 'http://www.w3.org/2000/svg';

/** A plot as the chart renders it: a point mark, a band mark, an era and a reply link. */
function plot(): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  const add = (parent: Element, tag: string, className: string, vars: Record<string, number>) => {
    const el = document.createElementNS(SVG, tag);
    el.setAttribute('class', className);
    for (const [name, value] of Object.entries(vars)) el.style.setProperty(name, String(value));
    parent.append(el);
    return el;
  };
  add(add(g, 'g', 'mark point', { '--x': 10, '--w': 0, '--y': 40 }), 'circle', 'mark-shape', {});
  add(add(g, 'g', 'mark band', { '--x': 100, '--w': 1, '--y': 70 }), 'rect', 'band-shape', {});
  add(add(g, 'g', 'era', { '--x': 0, '--w': 50 }), 'rect', 'era-band', {});
  add(add(g, 'g', 'reply-link', { '--x': 20, '--w': 0.5 }), 'path', '', {});
  return g;
}

const transforms = (g: SVGGElement) =>
  [...g.querySelectorAll<SVGElement>('*')].map((el) => el.style.transform);

describe('the plot during a zoom gesture and at rest', () => {
  it('places each element as the stylesheet would: x·k + tx, and widths stretched by k (bands at least 3 px)', () => {
    const g = plot();
    placeDuringGesture(g, { k: 2, x: -5 });
    expect(transforms(g)).toEqual([
      'translate(15px, 40px)',
      '',
      'translate(195px, 70px)',
      'scaleX(3)',
      'translate(-5px, 0px)',
      'scaleX(100)',
      'translate(35px, 0px)',
      'scaleX(1)',
    ]);
  });

  it('hands back to the plot’s --k/--tx when the gesture ends, with no element transform left', () => {
    const g = plot();
    placeDuringGesture(g, { k: 2, x: -5 });
    settlePlot(g, { k: 2.5, x: -30 });
    expect(g.style.getPropertyValue('--k')).toBe('2.5');
    expect(g.style.getPropertyValue('--tx')).toBe('-30');
    expect(transforms(g).every((t) => t === '')).toBe(true);
  });
});

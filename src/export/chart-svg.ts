/**
 * The chart as the reader sees it (zoom, filters, theme, selection), as a self-contained SVG file:
 * every style the page's CSS gave an element is written onto it as a presentation attribute, with
 * custom properties already resolved by the browser, so the file needs no stylesheet, no script
 * and nothing outside itself. Presentation attributes rather than `style` attributes: they are
 * plain SVG 1.1, which Inkscape-like tools read, and no content policy governs them. A title above
 * and a line crediting the sources of the events shown below.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Inherited in SVG: written where an element's value differs from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'word-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'direction',
  'clip-rule',
] as const;

/** Not inherited: written where they differ from the initial value. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  transform: 'none',
  'vector-effect': 'none',
  'unicode-bidi': 'normal',
};

/** What a parentless SVG element would compute, for the root's comparison. */
const INITIAL: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'font-style': 'normal',
  'font-weight': '400',
  'letter-spacing': 'normal',
  'word-spacing': '0px',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  visibility: 'visible',
  direction: 'ltr',
  'clip-rule': 'nonzero',
};

/** Attributes that make the live chart interactive or styled by class: not part of a picture. */
const DROPPED = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i;

const RGBA = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/;

/**
 * `rgba()` as `rgb()` plus an opacity: older SVG readers do not take colours with alpha.
 * Returns the colour and the factor to multiply the matching opacity by.
 */
function opaque(color: string): [string, number] {
  const m = RGBA.exec(color);
  if (!m) return [color, 1];
  return [`rgb(${m[1]}, ${m[2]}, ${m[3]})`, Number(m[4])];
}

function copyStyles(
  from: Element,
  to: Element,
  parentStyle: CSSStyleDeclaration | null,
): CSSStyleDeclaration {
  const style = getComputedStyle(from);
  const write = (name: string, value: string) => to.setAttribute(name, value);
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    const inherited = parentStyle ? parentStyle.getPropertyValue(name) : INITIAL[name];
    if (value !== '' && value !== inherited) write(name, value);
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(name);
    if (value !== '' && value !== initial) write(name, value);
  }
  for (const paint of ['fill', 'stroke'] as const) {
    const given = to.getAttribute(paint);
    if (given === null) continue;
    const [color, alpha] = opaque(given);
    if (alpha === 1) continue;
    write(paint, color);
    const opacity = Number(style.getPropertyValue(`${paint}-opacity`) || '1');
    write(`${paint}-opacity`, String(opacity * alpha));
  }
  // Not an SVG attribute: apply a case transform to the words themselves.
  const caseChange = style.getPropertyValue('text-transform');
  if (to.localName === 'text' || to.localName === 'tspan') {
    for (const node of Array.from(to.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || node.textContent === null) continue;
      if (caseChange === 'uppercase') node.textContent = node.textContent.toUpperCase();
      else if (caseChange === 'lowercase') node.textContent = node.textContent.toLowerCase();
    }
  }
  return style;
}

/** Walks the live chart and its clone together, inlining styles and dropping hidden parts. */
function inline(from: Element, to: Element, parentStyle: CSSStyleDeclaration | null) {
  const style = copyStyles(from, to, parentStyle);
  const fromChildren = Array.from(from.children);
  const toChildren = Array.from(to.children);
  fromChildren.forEach((child, i) => {
    const copy = toChildren[i];
    if (!copy) return;
    if (getComputedStyle(child).display === 'none') copy.remove();
    else inline(child, copy, style);
  });
  for (const a of Array.from(to.attributes)) if (DROPPED.test(a.name)) to.removeAttribute(a.name);
}

/** Ids from React (`«r1»`) are fine in a page but not as XML names; give them plain ones. */
function renameIds(root: Element) {
  const renamed = new Map<string, string>();
  root.querySelectorAll('[id]').forEach((el, i) => {
    const next = `chart-${i + 1}`;
    renamed.set(el.id, next);
    el.id = next;
  });
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const a of Array.from(el.attributes)) {
      const m = /^url\(["']?#(.+?)["']?\)$/.exec(a.value);
      const target = m?.[1] === undefined ? undefined : renamed.get(m[1]);
      if (target) el.setAttribute(a.name, `url(#${target})`);
    }
  }
}

/** Splits words into lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface ChartPicture {
  /** The file: XML declaration, then the SVG. */
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export interface ChartPictureOptions {
  readonly title: string;
  readonly credit: string;
  /** Other layers drawn over the chart (the dense events' canvas), copied as images. */
  readonly canvases?: readonly HTMLCanvasElement[];
}

const TITLE_SIZE = 18;
const CREDIT_SIZE = 11;
const PAD = 12;

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

/** The chart's current picture as a standalone SVG document. */
export function chartPicture(chart: SVGSVGElement, options: ChartPictureOptions): ChartPicture {
  const width = Math.round(chart.width.baseVal.value);
  const chartHeight = Math.round(chart.height.baseVal.value);
  const app = chart.closest('.cdt-app') ?? chart.parentElement ?? chart;
  const appStyle = getComputedStyle(app);
  const background = opaque(appStyle.backgroundColor)[0];
  const color = opaque(appStyle.color)[0];
  const font = appStyle.fontFamily;

  const body = chart.cloneNode(true) as SVGSVGElement;
  inline(chart, body, null);
  renameIds(body);
  for (const canvas of options.canvases ?? []) {
    const image = svgElement('image', {
      x: 0,
      y: 0,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      preserveAspectRatio: 'none',
    });
    image.setAttributeNS(XLINK_NS, 'xlink:href', canvas.toDataURL('image/png'));
    body.append(image);
  }

  const titleTop = PAD + TITLE_SIZE;
  const chartTop = titleTop + PAD;
  const creditLines = wrap(options.credit, Math.max(20, Math.floor(width / (CREDIT_SIZE * 0.55))));
  const height = chartTop + chartHeight + PAD + creditLines.length * (CREDIT_SIZE + 4) + PAD;

  const root = svgElement('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': font,
  });
  root.setAttribute('xmlns', SVG_NS);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK_NS);
  const name = svgElement('title', {});
  name.textContent = options.title;
  root.append(name, svgElement('rect', { width, height, fill: background }));
  const heading = svgElement('text', {
    x: PAD,
    y: titleTop,
    'font-size': TITLE_SIZE,
    'font-weight': 700,
    fill: color,
  });
  heading.textContent = options.title;
  root.append(heading);
  body.setAttribute('x', '0');
  body.setAttribute('y', String(chartTop));
  body.setAttribute('width', String(width));
  body.setAttribute('height', String(chartHeight));
  body.setAttribute('overflow', 'hidden');
  root.append(body);
  creditLines.forEach((line, i) => {
    const credit = svgElement('text', {
      x: PAD,
      y: chartTop + chartHeight + PAD + (i + 1) * (CREDIT_SIZE + 4) - 4,
      'font-size': CREDIT_SIZE,
      fill: color,
    });
    credit.textContent = line;
    root.append(credit);
  });

  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height };
}

/**
 * The same picture at `scale`× pixel density, drawn through an image from a data: URL (which the
 * page's img-src allows, where a blob: URL is not).
 */
export async function pictureToPng(picture: ChartPicture, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = picture.width * scale;
  canvas.height = picture.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw to a canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, picture.width, picture.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  );
}

/** "Sources: A, B and C." naming each outlet once, in alphabetical order. */
export function sourcesCredit(outlets: Iterable<string>): string {
  const names = [...new Set(outlets)].sort((a, b) => a.localeCompare(b));
  if (names.length === 0) return 'Sources: none given.';
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `Sources: ${list}.`;
}

/**
 * A chart as a file to take away: the plot as drawn, with its title, the place and dates, the
 * source and licence line and the page's address, as SVG (ours, no library) or as PNG at twice
 * the size. Always in the light theme: images end up on white slides and pages.
 */

export interface ChartImageText {
  /** "Daily new cases". */
  readonly title: string;
  /** "Russia · 31 Jan 2020 – 3 Feb 2023 · Official daily reports". */
  readonly subtitle: string;
  /** "Source: … Licence: …". */
  readonly source: string;
  /** The address of the view the chart comes from. */
  readonly address: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER = 58;
const PADDING = 12;
const FOOTER_LINE = 15;
/** About the width of a character at the footer's 11 px, to wrap its lines within the image. */
const FOOTER_CHAR_WIDTH = 6;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** What the page's stylesheet sets on SVG elements, written onto the copy as attributes. */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * The SVG text of the chart in `frame` (the element the plot is drawn in; every SVG inside it is
 * layered as on screen).
 */
export function chartSvgText(frame: HTMLElement, text: ChartImageText): string {
  const frameBox = frame.getBoundingClientRect();
  const width = Math.round(frameBox.width);
  const plotHeight = Math.round(frameBox.height);
  const lineWidth = Math.floor((width - 2 * PADDING) / FOOTER_CHAR_WIDTH);
  const sourceLines = wrap(text.source, lineWidth);
  // An address has no spaces to break at: cut into lines of the width, at most three.
  const addressLines = (text.address.match(new RegExp(`.{1,${lineWidth}}`, 'g')) ?? []).slice(0, 3);
  const height =
    HEADER + plotHeight + (sourceLines.length + addressLines.length) * FOOTER_LINE + 14;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  root.append(rect(width, height, '#ffffff'));
  root.append(
    label(text.title, PADDING, 24, 18, 700, '#1b1f24'),
    label(text.subtitle, PADDING, 46, 13, 400, '#4f5661'),
  );
  const plot = document.createElementNS(SVG_NS, 'g');
  plot.setAttribute('transform', `translate(0 ${HEADER})`);
  withLightTheme(() => {
    for (const layer of frame.querySelectorAll<SVGSVGElement>('svg')) {
      if (layer.ownerSVGElement) continue; // nested: copied with its outer SVG
      const box = layer.getBoundingClientRect();
      const copy = copyWithPaint(layer);
      copy.setAttribute('x', String(Math.round(box.left - frameBox.left)));
      copy.setAttribute('y', String(Math.round(box.top - frameBox.top)));
      plot.append(copy);
    }
  });
  root.append(plot);
  const footerTop = HEADER + plotHeight + 4;
  sourceLines.forEach((line, i) => {
    root.append(label(line, PADDING, footerTop + (i + 1) * FOOTER_LINE, 11, 400, '#4f5661'));
  });
  addressLines.forEach((line, i) => {
    const y = footerTop + (sourceLines.length + i + 1) * FOOTER_LINE;
    root.append(label(line, PADDING, y, 11, 400, '#0b5fa5'));
  });
  return new XMLSerializer().serializeToString(root);
}

/** The same drawn at `scale` times the size, as PNG. */
export async function chartPngBlob(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: address, which the page's Content-Security-Policy allows for images.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

/**
 * Runs `read` with the light theme's colours in force. Reading computed styles forces a style
 * update but no paint, and the theme is put back before the browser paints again: no flash.
 */
function withLightTheme(read: () => void): void {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    read();
  } finally {
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
  }
}

/** A deep copy of `source` with every painted property written as an attribute. */
function copyWithPaint(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target || !(original instanceof SVGElement)) return;
    target.removeAttribute('class');
    target.removeAttribute('style');
    const style = getComputedStyle(original);
    for (const property of PAINT_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
  });
  return copy;
}

/** `text` in lines of at most `width` characters, broken between words. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function rect(width: number, height: number, fill: string): SVGRectElement {
  const element = document.createElementNS(SVG_NS, 'rect');
  element.setAttribute('width', String(width));
  element.setAttribute('height', String(height));
  element.setAttribute('fill', fill);
  return element;
}

function label(
  content: string,
  x: number,
  y: number,
  size: number,
  weight: number,
  fill: string,
): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', String(weight));
  element.setAttribute('fill', fill);
  element.textContent = content;
  return element;
}

/**
 * Writes a Picture as a standalone SVG 1.1 document. Text stays text
 * (`<text>`/`<tspan>`, selectable and searchable), the root is an accessible
 * image (`role="img"`, `<title>`, `<desc>`, language), and every text box
 * carries `data-box-width` so that a browser test can compare the width the
 * browser renders with the width the layout allowed.
 */
import type { Item, Marks, Picture, Stroke, TextItem } from './picture';
import { element, serialize, type AttributeValue, type SvgChild, type SvgElement } from './svg';
import { FONT_FAMILY, LINE_HEIGHT, firstBaseline } from './textMetrics';

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function markAttributes(marks: Marks): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = { id: marks.id, class: marks.className };
  for (const [key, value] of Object.entries(marks.data ?? {}))
    attributes[`data-${kebab(key)}`] = value;
  return attributes;
}

const strokeAttributes = (stroke: Stroke | null): Record<string, AttributeValue> =>
  stroke === null
    ? {}
    : {
        stroke: stroke.color,
        'stroke-width': stroke.width,
        'stroke-dasharray': stroke.dash?.join(' '),
      };

const points = (list: readonly { x: number; y: number }[]): string =>
  list.map((p) => `${Math.round(p.x * 100) / 100},${Math.round(p.y * 100) / 100}`).join(' ');

function anchorX(text: TextItem): number {
  if (text.align === 'middle') return text.x + text.width / 2;
  if (text.align === 'end') return text.x + text.width;
  return text.x;
}

function textElement(text: TextItem): SvgElement {
  const x = anchorX(text);
  const baseline = firstBaseline(text.y, text.fontSize);
  const lineStep = text.fontSize * LINE_HEIGHT;
  // Note: a space between lines (outside the tspans, so their widths stay the lines' own) lets
  // copy, search and screen readers read "a b" rather than "ab" across a line break.
  const tspans = text.lines.flatMap((line, index): SvgChild[] => {
    const tspan = element('tspan', { x, y: baseline + index * lineStep }, [line]);
    const previous = text.lines[index - 1];
    return previous === undefined || /[-/]$/.test(previous) ? [tspan] : [' ', tspan];
  });
  return element(
    'text',
    {
      ...markAttributes(text),
      x,
      y: baseline,
      'font-size': text.fontSize,
      'font-weight': text.weight === 'bold' ? 'bold' : undefined,
      fill: text.color,
      'text-anchor': text.align === 'start' ? undefined : text.align,
      'data-box-width': text.width,
      'data-truncated': text.fullText === null ? undefined : 'true',
    },
    text.fullText === null ? tspans : [element('title', {}, [text.fullText]), ...tspans],
  );
}

function itemElement(item: Item): SvgElement {
  switch (item.kind) {
    case 'rect':
      return element('rect', {
        ...markAttributes(item),
        x: item.x,
        y: item.y,
        width: item.width,
        height: item.height,
        rx: item.radius || undefined,
        fill: item.fill ?? 'none',
        ...strokeAttributes(item.stroke),
      });
    case 'line':
      return element('line', {
        ...markAttributes(item),
        x1: item.from.x,
        y1: item.from.y,
        x2: item.to.x,
        y2: item.to.y,
        ...strokeAttributes(item.stroke),
      });
    case 'polyline':
      return element('polyline', {
        ...markAttributes(item),
        points: points(item.points),
        fill: 'none',
        ...strokeAttributes(item.stroke),
        'stroke-linejoin': 'round',
      });
    case 'polygon':
      return element('polygon', {
        ...markAttributes(item),
        points: points(item.points),
        fill: item.fill,
        ...strokeAttributes(item.stroke),
      });
    case 'circle':
      return element('circle', {
        ...markAttributes(item),
        cx: item.center.x,
        cy: item.center.y,
        r: item.radius,
        fill: item.fill ?? 'none',
        ...strokeAttributes(item.stroke),
      });
    case 'text':
      return textElement(item);
    case 'group':
      return element('g', markAttributes(item), item.items.map(itemElement));
  }
}

/** The picture as an SVG document (UTF-8, with its XML declaration). */
export function renderSvg(picture: Picture): string {
  const titleId = `${picture.className}-title`;
  const descId = `${picture.className}-desc`;
  const root = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width: picture.width,
      height: picture.height,
      viewBox: `0 0 ${Math.round(picture.width * 100) / 100} ${Math.round(picture.height * 100) / 100}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      lang: picture.lang,
      'xml:lang': picture.lang,
      class: picture.className,
      'font-family': FONT_FAMILY,
    },
    [
      element('title', { id: titleId }, [picture.title]),
      element('desc', { id: descId }, [picture.description]),
      element('rect', { width: picture.width, height: picture.height, fill: picture.background }),
      ...picture.items.map(itemElement),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}

/**
 * A small rounded label (a badge): severity, KPI status, version. Its width
 * follows its text, measured, so the text always sits inside it.
 */
import { rect, type Item, type Marks } from './picture';
import { textBox } from './textBox';
import { textHeight, textWidth } from './textMetrics';

/** A laid-out badge and the room it takes. */
export interface Pill {
  items: Item[];
  width: number;
  height: number;
}

/** How a badge looks. */
export interface PillStyle extends Marks {
  fill: string;
  color: string;
  fontSize: number;
  /** The widest the badge may be; a longer label is ellipsised, with a tooltip. */
  maxWidth?: number;
  border?: string;
}

/** A badge with its top-left corner at (x, y). */
export function pill(text: string, x: number, y: number, style: PillStyle): Pill {
  const paddingX = style.fontSize * 0.6;
  const paddingY = style.fontSize * 0.2;
  // Note: rounded up to the two decimals the SVG writes, so the label fits the box it declares.
  const natural = Math.ceil(textWidth(text, style.fontSize, 'bold') * 100) / 100 + 2 * paddingX;
  const width = Math.min(natural, style.maxWidth ?? natural);
  const height = textHeight(1, style.fontSize) + 2 * paddingY;
  const { fill, color, fontSize, border, className, id, data } = style;
  return {
    width,
    height,
    items: [
      rect({ x, y, width, height }, fill, {
        radius: height / 2,
        stroke: border ? { color: border, width: 1 } : null,
        ...(className === undefined ? {} : { className }),
        ...(id === undefined ? {} : { id }),
        ...(data === undefined ? {} : { data }),
      }),
      textBox(text, {
        x: x + paddingX,
        y: y + paddingY,
        width: width - 2 * paddingX,
        fontSize,
        weight: 'bold',
        color,
        maxLines: 1,
        minFontSize: fontSize,
      }),
    ],
  };
}

/** Lays badges out left to right with `gap` between them, from (x, y). */
export function pillRow(
  labels: readonly { text: string; style: PillStyle }[],
  x: number,
  y: number,
  gap: number,
): Pill {
  const items: Item[] = [];
  let cursor = x;
  let height = 0;
  for (const { text, style } of labels) {
    const badge = pill(text, cursor, y, style);
    items.push(...badge.items);
    cursor += badge.width + gap;
    height = Math.max(height, badge.height);
  }
  return { items, width: Math.max(0, cursor - gap - x), height };
}

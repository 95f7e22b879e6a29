/**
 * A picture as a list of positioned shapes and text boxes, independent of the
 * output format: the layouts build one, `renderSvg` writes it as SVG and the
 * PDF painter (functions/pictures) draws the very same one, so both outputs
 * agree to the point.
 */
import type { FontWeight } from './textMetrics';

/** What a browser test or a stylesheet finds an item by (SVG `class`, `id` and `data-*`). */
export interface Marks {
  className?: string;
  id?: string;
  data?: Readonly<Record<string, string | number>>;
}

/** A stroke: its colour, width and optional dash pattern. */
export interface Stroke {
  color: string;
  width: number;
  dash?: readonly number[];
}

/** A point in picture units. */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle, optionally rounded, filled and/or stroked. */
export interface RectItem extends Marks {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  fill: string | null;
  stroke: Stroke | null;
}

/** A straight line. */
export interface LineItem extends Marks {
  kind: 'line';
  from: Point;
  to: Point;
  stroke: Stroke;
}

/** An open polyline (the emotion curve). */
export interface PolylineItem extends Marks {
  kind: 'polyline';
  points: Point[];
  stroke: Stroke;
}

/** A closed polygon (stars, diamonds). */
export interface PolygonItem extends Marks {
  kind: 'polygon';
  points: Point[];
  fill: string;
  stroke: Stroke | null;
}

/** A circle (curve points, markers). */
export interface CircleItem extends Marks {
  kind: 'circle';
  center: Point;
  radius: number;
  fill: string | null;
  stroke: Stroke | null;
}

/**
 * Text already broken into lines, in a box whose top-left corner is (x, y)
 * and whose width the lines were fitted to. `fullText` is set when the text
 * had to be shortened; renderers show it as a tooltip.
 */
export interface TextItem extends Marks {
  kind: 'text';
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  fontSize: number;
  weight: FontWeight;
  color: string;
  align: 'start' | 'middle' | 'end';
  fullText: string | null;
}

/** Items drawn together, with the marks of what they show (a stage, a touchpoint…). */
export interface GroupItem extends Marks {
  kind: 'group';
  items: Item[];
}

/** Anything a picture holds. */
export type Item =
  RectItem | LineItem | PolylineItem | PolygonItem | CircleItem | TextItem | GroupItem;

/** A whole picture: its size, its accessible title and description, and its items. */
export interface Picture {
  width: number;
  height: number;
  /** Short accessible name (SVG `<title>`, PDF title). */
  title: string;
  /** Longer accessible description (SVG `<desc>`, PDF subject). */
  description: string;
  /** BCP 47 language of the content. */
  lang: string;
  className: string;
  background: string;
  items: Item[];
}

/** A group of items with its marks. */
export const group = (marks: Marks, items: Item[]): GroupItem => ({
  kind: 'group',
  ...marks,
  items,
});

/** The items moved by (dx, dy): layouts build cells at the origin, then place them. */
export function shiftItems(items: readonly Item[], dx: number, dy: number): Item[] {
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  return items.map((item): Item => {
    switch (item.kind) {
      case 'rect':
      case 'text':
        return { ...item, x: item.x + dx, y: item.y + dy };
      case 'line':
        return { ...item, from: move(item.from), to: move(item.to) };
      case 'polyline':
      case 'polygon':
        return { ...item, points: item.points.map(move) };
      case 'circle':
        return { ...item, center: move(item.center) };
      case 'group':
        return { ...item, items: shiftItems(item.items, dx, dy) };
    }
  });
}

/** A block of items laid out from y = 0, and the height it takes. */
export interface Block {
  items: Item[];
  height: number;
}

/** Stacks blocks top to bottom with `gap` between them, from y = 0. */
export function stackBlocks(blocks: readonly Block[], gap: number): Block {
  const items: Item[] = [];
  let y = 0;
  blocks.forEach((block, index) => {
    if (index > 0) y += gap;
    items.push(...shiftItems(block.items, 0, y));
    y += block.height;
  });
  return { items, height: y };
}

/** A rectangle item; stroke and radius optional. */
export const rect = (
  box: { x: number; y: number; width: number; height: number },
  fill: string | null,
  options: { stroke?: Stroke | null; radius?: number } & Marks = {},
): RectItem => {
  const { stroke = null, radius = 0, ...marks } = options;
  return { kind: 'rect', ...marks, ...box, radius, fill, stroke };
};

/** A five-pointed star centred on `center` (moments of truth). */
export function starPoints(center: Point, outerRadius: number): Point[] {
  const innerRadius = outerRadius * 0.45;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outerRadius : innerRadius;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}

/** A diamond centred on `center` (stage averages). */
export const diamondPoints = (center: Point, radius: number): Point[] => [
  { x: center.x, y: center.y - radius },
  { x: center.x + radius, y: center.y },
  { x: center.x, y: center.y + radius },
  { x: center.x - radius, y: center.y },
];

/** A single item with a height (a text box) as a block. */
export const asBlock = (item: Item & { height: number }): Block => ({
  items: [item],
  height: item.height,
});

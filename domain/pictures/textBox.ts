/**
 * Builds a text item: the text fitted to its box (wrapped, and shrunk or
 * ellipsised only when the box limits its lines), ready for any renderer.
 */
import { fitText } from './fitText';
import { normalizeText } from './normalizeText';
import type { Marks, TextItem } from './picture';
import { PALETTE } from './palette';
import { textHeight, type FontWeight } from './textMetrics';

/** Where a text box goes and how its text looks. */
export interface TextBoxOptions extends Marks {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  weight?: FontWeight;
  color?: string;
  align?: TextItem['align'];
  /** Lines the box can hold; omitted, the box grows with its text. */
  maxLines?: number;
  /** How far the font may shrink before the text is ellipsised. */
  minFontSize?: number;
}

/** A text item holding `text` in the box `options` describes; its height follows its lines. */
export function textBox(text: string, options: TextBoxOptions): TextItem {
  const { x, y, fontSize, maxLines, minFontSize, className, id, data } = options;
  // Note: the SVG writes widths with two decimals; fitting to that very width keeps `data-box-width` exact.
  const width = Math.floor(options.width * 100 + 1e-6) / 100;
  const weight = options.weight ?? 'normal';
  const fit = fitText(text, { width, fontSize, weight, maxLines, minFontSize });
  return {
    kind: 'text',
    ...(className === undefined ? {} : { className }),
    ...(id === undefined ? {} : { id }),
    ...(data === undefined ? {} : { data }),
    x,
    y,
    width,
    height: textHeight(fit.lines.length, fit.fontSize),
    lines: fit.lines,
    fontSize: fit.fontSize,
    weight,
    color: options.color ?? PALETTE.ink,
    align: options.align ?? 'start',
    fullText: fit.truncated ? normalizeText(text) : null,
  };
}

/**
 * Text measurement with Helvetica's metrics. The pictures name "Liberation
 * Sans, Arial, Helvetica" first: all three share these advance widths, so a
 * line measured here has the width a browser (or the PDF's embedded Liberation
 * Sans) gives it, give or take kerning, which only narrows text.
 */
import {
  HELVETICA_BOLD_WIDTHS,
  HELVETICA_WIDTHS,
  MEASURED_CODE_POINTS,
} from './__generated__/helveticaWidths';

/** Regular or bold: the only two faces the pictures use. */
export type FontWeight = 'normal' | 'bold';

/** The font stack every picture declares, metric-compatible fonts first. */
export const FONT_FAMILY = 'Liberation Sans, Arial, Helvetica, sans-serif';

/** Line spacing, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

// Note: Helvetica's AFM ascender and descender, in ems; they place baselines.
const ASCENT = 0.718;
const DESCENT = 0.207;

/**
 * A character the table does not know (an emoji, a CJK ideograph) is counted
 * one em wide: wider than almost any glyph, so its line never overflows.
 */
const UNKNOWN_WIDTH = 1000;

const widthTable = (widths: readonly number[]): ReadonlyMap<number, number> =>
  new Map(
    MEASURED_CODE_POINTS.map((codePoint, index) => [codePoint, widths[index] ?? UNKNOWN_WIDTH]),
  );

const WIDTHS: Record<FontWeight, ReadonlyMap<number, number>> = {
  normal: widthTable(HELVETICA_WIDTHS),
  bold: widthTable(HELVETICA_BOLD_WIDTHS),
};

/** The advance width of `text` at `fontSize`, without kerning. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const table = WIDTHS[weight];
  let thousandths = 0;
  for (const character of text) {
    thousandths += table.get(character.codePointAt(0) ?? 0) ?? UNKNOWN_WIDTH;
  }
  return (thousandths * fontSize) / 1000;
}

/**
 * The baseline of the first line of a text box whose top is `top`: the glyphs'
 * height (ascent + descent) is centred in the line, as CSS does.
 */
export function firstBaseline(top: number, fontSize: number): number {
  const halfLeading = (LINE_HEIGHT - ASCENT - DESCENT) / 2;
  return top + (halfLeading + ASCENT) * fontSize;
}

/** The height of `lineCount` lines of text at `fontSize`. */
export const textHeight = (lineCount: number, fontSize: number): number =>
  lineCount * fontSize * LINE_HEIGHT;

/**
 * Fitting a text into a box that cannot grow: wrap it; if it needs more lines
 * than the box holds, shrink the font step by step down to a floor; if it
 * still does not fit, keep the lines that fit and end the last one with "…".
 * The caller then shows the full text as a tooltip, so nothing is cut
 * silently.
 */
import { textWidth } from './textMetrics';
import { wrapText, type TextFont } from './wrapText';

/** The box a text must fit: its width, its font, and how small and how long it may get. */
export interface FitOptions extends TextFont {
  width: number;
  /** The smallest font size allowed; defaults to the font size (no shrinking). */
  minFontSize?: number;
  /** The most lines the box holds; defaults to no limit. */
  maxLines?: number;
}

/** The lines to draw, the font size they need, and whether the text was shortened. */
export interface TextFit {
  lines: string[];
  fontSize: number;
  truncated: boolean;
}

const SHRINK_STEP = 0.5;
const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** Cuts `line` until `line + "…"` fits in `width`. */
function ellipsize(
  line: string,
  width: number,
  fontSize: number,
  weight: TextFont['weight'],
): string {
  const parts = [...graphemes.segment(line)].map((s) => s.segment);
  while (parts.length > 0) {
    const candidate = `${parts.join('').trimEnd()}${ELLIPSIS}`;
    if (textWidth(candidate, fontSize, weight) <= width) return candidate;
    parts.pop();
  }
  return ELLIPSIS;
}

/** Fits `text` in a box of `options.width` and at most `options.maxLines` lines. */
export function fitText(text: string, options: FitOptions): TextFit {
  const maxLines = Math.max(1, options.maxLines ?? Number.POSITIVE_INFINITY);
  const floor = Math.min(options.minFontSize ?? options.fontSize, options.fontSize);
  let fontSize = options.fontSize;
  for (;;) {
    const lines = wrapText(text, options.width, { fontSize, weight: options.weight });
    if (lines.length <= maxLines) return { lines, fontSize, truncated: false };
    if (fontSize - SHRINK_STEP < floor) {
      const kept = lines.slice(0, maxLines);
      const last = kept.length - 1;
      kept[last] = ellipsize(kept[last] ?? '', options.width, fontSize, options.weight);
      return { lines: kept, fontSize, truncated: true };
    }
    fontSize -= SHRINK_STEP;
  }
}

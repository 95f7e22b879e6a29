/**
 * Reads the Helvetica and Helvetica-Bold advance widths from the Adobe Core 14
 * AFM metrics that `@pdf-lib/standard-fonts` ships, for every character of the
 * WinAnsi encoding plus a few that French text uses outside it. Both the
 * generator of `domain/pictures/__generated__/helveticaWidths.ts` and the test that keeps
 * that table honest read them from here.
 */
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';

/**
 * Characters outside WinAnsi that French text commonly holds, measured as the
 * glyph a renderer shows for them (narrow and thin spaces as a space: wider
 * than their real width, so measuring them stays on the safe side).
 */
const EXTRA_GLYPHS: ReadonlyMap<number, string> = new Map([
  [0x2009, 'space'],
  [0x2011, 'hyphen'],
  [0x202f, 'space'],
  [0x2212, 'minus'],
]);

/** Control characters, DEL and the soft hyphen (stripped before measuring) are not drawn. */
const isDrawn = (codePoint: number): boolean =>
  codePoint >= 0x20 && codePoint !== 0x7f && codePoint !== 0xad;

export interface HelveticaWidthSource {
  codePoints: number[];
  regular: number[];
  bold: number[];
}

export function readHelveticaWidths(): HelveticaWidthSource {
  const regular = Font.load(FontNames.Helvetica);
  const bold = Font.load(FontNames.HelveticaBold);
  const glyphs = new Map<number, string>();
  for (const codePoint of Encodings.WinAnsi.supportedCodePoints) {
    if (isDrawn(codePoint))
      glyphs.set(codePoint, Encodings.WinAnsi.encodeUnicodeCodePoint(codePoint).name);
  }
  for (const [codePoint, glyph] of EXTRA_GLYPHS) glyphs.set(codePoint, glyph);
  const codePoints = [...glyphs.keys()].sort((a, b) => a - b);
  const widthIn = (font: Font) => (codePoint: number) => {
    const width = font.getWidthOfGlyph(glyphs.get(codePoint)!);
    if (typeof width !== 'number') throw new Error(`No width for U+${codePoint.toString(16)}`);
    return width;
  };
  return {
    codePoints,
    regular: codePoints.map(widthIn(regular)),
    bold: codePoints.map(widthIn(bold)),
  };
}

import {
  HELVETICA_BOLD_WIDTHS,
  HELVETICA_WIDTHS,
  MEASURED_CODE_POINTS,
} from '../../../domain/pictures/__generated__/helveticaWidths';
import { textWidth } from '../../../domain/pictures/textMetrics';
import { readHelveticaWidths } from '../../support/pictures/helveticaWidthSource';

describe('Pictures: text metrics', () => {
  it('keeps the committed width table identical to the AFM metrics it was generated from', () => {
    const source = readHelveticaWidths();
    expect(MEASURED_CODE_POINTS).toEqual(source.codePoints);
    expect(HELVETICA_WIDTHS).toEqual(source.regular);
    expect(HELVETICA_BOLD_WIDTHS).toEqual(source.bold);
  });

  it('measures with Helvetica widths, accents included', () => {
    // Note: AFM widths: é 556, t 278, space 278 (thousandths of an em).
    expect(textWidth('été', 1000)).toBe(556 + 278 + 556);
    expect(textWidth('é t', 10)).toBeCloseTo(5.56 + 2.78 + 2.78);
  });

  it('measures bold wider than regular', () => {
    expect(textWidth('Découverte', 12, 'bold')).toBeGreaterThan(textWidth('Découverte', 12));
  });

  it('counts French typographic characters (« » ’ … € œ and narrow no-break space)', () => {
    for (const character of ['«', '»', '’', '…', '€', 'œ', 'Œ', '\u202F', '\u00A0', '–']) {
      expect(MEASURED_CODE_POINTS).toContain(character.codePointAt(0));
      expect(textWidth(character, 1000)).toBeGreaterThan(0);
    }
  });

  it('counts a character it does not know as one em, so its line never overflows', () => {
    expect(textWidth('😀', 1000)).toBe(1000);
    expect(textWidth('漢', 12)).toBe(12);
  });
});

import { fitText } from '../../../domain/pictures/fitText';
import { textWidth } from '../../../domain/pictures/textMetrics';
import { wrapText } from '../../../domain/pictures/wrapText';

const FONT = { fontSize: 11.5, weight: 'normal' } as const;
const LONG_FRENCH =
  'Formulaire de demande de devis trop long : 14 champs obligatoires (plus de 10), avant tout accès au prix. ' +
  '« Pourquoi me demander mon chiffre d’affaires pour un simple prix ? » Les réponses arrivent après 48 h, ' +
  'et l’équipe découvre des frais de mise en service à l’étape du paiement ; c’est là que Marie abandonne !';

const visible = (text: string) => text.replace(/\s+/g, '');

describe('Pictures: wrapping French text', () => {
  const lines = wrapText(LONG_FRENCH, 160, FONT);

  it('makes no line wider than its box', () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(textWidth(line, FONT.fontSize)).toBeLessThanOrEqual(160);
  });

  it('loses nothing and keeps every accent, in order', () => {
    expect(visible(lines.join(' '))).toBe(visible(LONG_FRENCH));
    expect(lines.join(' ')).toContain('accès');
    expect(lines.join(' ')).toContain('découvre');
    expect(lines.join(' ')).toContain('l’équipe');
  });

  it('never starts a line with « : ; ! ? » nor ends one with «', () => {
    for (const line of lines) {
      expect(line).not.toMatch(/^[:;!?»]/);
      expect(line).not.toMatch(/«$/);
    }
  });

  it('keeps the punctuation of French typography glued with a no-break space', () => {
    const [line] = wrapText('Pourquoi ? « Oui »', 1000, FONT);
    expect(line).toBe('Pourquoi\u00A0? «\u00A0Oui\u00A0»');
  });

  it('breaks a long word only when it cannot fit on a line of its own', () => {
    expect(wrapText('anticonstitutionnellement court', 200, FONT)).toEqual([
      'anticonstitutionnellement court',
    ]);
    const broken = wrapText('anticonstitutionnellement', 60, FONT);
    expect(broken.length).toBeGreaterThan(1);
    expect(broken.join('')).toBe('anticonstitutionnellement');
    for (const line of broken) expect(textWidth(line, FONT.fontSize)).toBeLessThanOrEqual(60);
  });

  it('breaks a compound word after its hyphen before breaking between letters', () => {
    expect(wrapText('bouche-à-oreille', 60, FONT)).toEqual(['bouche-à-', 'oreille']);
  });

  it('keeps the text’s own line breaks and drops empty lines and extra spaces', () => {
    expect(wrapText('Première  ligne\r\n\r\n  Deuxième\tligne ', 500, FONT)).toEqual([
      'Première ligne',
      'Deuxième ligne',
    ]);
  });

  it('composes decomposed accents (NFD) so they are measured and drawn as one character', () => {
    const [line] = wrapText('e\u0301te\u0301', 500, FONT);
    expect(line).toBe('été');
  });
});

describe('Pictures: fitting text into a box that cannot grow', () => {
  /** A box two lines high and 120 wide, for text set at 12 unless it must shrink. */
  const TWO_LINE_BOX = { width: 120, fontSize: 12, weight: 'normal', maxLines: 2 } as const;

  it('keeps the font size when the text fits', () => {
    const fit = fitText('Démo commerciale', {
      width: 200,
      fontSize: 12,
      weight: 'bold',
      maxLines: 1,
      minFontSize: 8,
    });
    expect(fit).toEqual({ lines: ['Démo commerciale'], fontSize: 12, truncated: false });
  });

  it('shrinks the font before giving up lines', () => {
    const text = 'Formulaire de demande de devis (14 champs)';
    const fit = fitText(text, { ...TWO_LINE_BOX, minFontSize: 8 });
    expect(fit.truncated).toBe(false);
    expect(fit.fontSize).toBeLessThan(12);
    expect(fit.lines.length).toBeLessThanOrEqual(2);
  });

  it('ellipsises at the floor size, within the box', () => {
    const fit = fitText(LONG_FRENCH, { ...TWO_LINE_BOX, minFontSize: 9 });
    expect(fit.truncated).toBe(true);
    expect(fit.fontSize).toBe(9);
    expect(fit.lines).toHaveLength(2);
    expect(fit.lines[1]).toMatch(/…$/);
    for (const line of fit.lines) expect(textWidth(line, 9)).toBeLessThanOrEqual(120);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { MEASURED_CODE_POINTS } from '../../../domain/pictures/__generated__/helveticaWidths';
import { textWidth } from '../../../domain/pictures/textMetrics';
import {
  POSTER_SANS_BOLD,
  POSTER_SANS_REGULAR,
} from '../../../functions/pictures/__generated__/posterSans';
import { renderPosterPdf } from '../../../functions/pictures/pdf';
import { demoPoster } from './fixtures/demoPoster';

interface ReadPdf {
  title: string | null;
  pages: { width: number; height: number }[];
  text: string;
}

const createdAt = new Date('2025-12-31T16:00:00.000Z');
const dir = mkdtempSync(join(tmpdir(), 'poster-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readPdf(bytes: Buffer, name: string): ReadPdf {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const output = execFileSync(process.execPath, [join(__dirname, 'support/readPdf.cjs'), file], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as ReadPdf;
}

describe('Pictures: the poster as a PDF', () => {
  it.each([
    ['A4', 841.89, 595.28],
    ['A0', 3370.39, 2383.94],
  ] as const)(
    'prints on one %s landscape page, its text searchable',
    async (format, width, height) => {
      const pdf = readPdf(
        await renderPosterPdf(demoPoster(), { format, createdAt }),
        `${format}.pdf`,
      );
      expect(pdf.pages).toHaveLength(1);
      expect(pdf.pages[0]!.width).toBeCloseTo(width, 1);
      expect(pdf.pages[0]!.height).toBeCloseTo(height, 1);
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain('Souscription SaaS – Marie');
      expect(text).toContain('Formulaire de demande de devis');
      expect(text).toContain('Recommandation à une consœur');
      expect(text).toContain('Brouillon');
      expect(pdf.title).toBe('Carte du parcours client : Souscription SaaS – Marie');
    },
  );

  it('gives the same bytes for the same input and date', async () => {
    const first = await renderPosterPdf(demoPoster(), { format: 'A4', createdAt });
    const second = await renderPosterPdf(demoPoster(), { format: 'A4', createdAt });
    expect(second.equals(first)).toBe(true);
  });

  it('embeds a font whose widths are those the layout measured (Helvetica’s)', () => {
    const doc = new PDFDocument({ font: '' });
    doc.registerFont('regular', Buffer.from(POSTER_SANS_REGULAR, 'base64'));
    doc.registerFont('bold', Buffer.from(POSTER_SANS_BOLD, 'base64'));
    // Note: a few rare signs (¯ µ · ± ÷ Ÿ) differ between the two fonts; French letters and punctuation do not.
    const rare = new Set([0xaf, 0xb1, 0xb5, 0xb7, 0xf7, 0x178, 0x2009, 0x202f, 0x2011]);
    for (const codePoint of MEASURED_CODE_POINTS.filter((c) => !rare.has(c))) {
      const character = String.fromCodePoint(codePoint);
      for (const weight of ['normal', 'bold'] as const) {
        const embedded = doc
          .font(weight === 'bold' ? 'bold' : 'regular')
          .fontSize(1000)
          .widthOfString(character);
        expect(Math.abs(embedded - textWidth(character, 1000, weight))).toBeLessThanOrEqual(1);
      }
    }
  });
});

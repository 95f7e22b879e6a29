/**
 * The map poster as a PDF, on one A4 or A0 landscape page: the same layout as
 * the SVG (domain/pictures), scaled to fit the page, its text written as text
 * in an embedded font (Poster Sans, a subset of Liberation Sans, which has
 * Helvetica's metrics), so it is searchable and looks the same in every
 * viewer.
 *
 * pdfkit renders it. Its standard fonts are not used: in a bundled Lambda,
 * pdfkit 0.20's Node build cannot find their metrics (foliojs/pdfkit#1801),
 * so the font is registered from a buffer instead, which bundles as plain
 * JavaScript.
 */
// Note: `import … = require` makes esbuild pick pdfkit's CommonJS build; its ESM build reads
// `import.meta.url` at load time, which a CommonJS bundle leaves empty (foliojs/pdfkit#1801).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import PDFDocument = require('pdfkit');
import { layoutPoster } from '../../domain/pictures/posterLayout';
import type { PosterInput } from '../../domain/pictures/posterInput';
import { POSTER_SANS_BOLD, POSTER_SANS_REGULAR } from './__generated__/posterSans';
import { paintPicture, type PdfFonts } from './paintPicture';
import { PAGE_FORMATS, type PageFormatName } from './pageFormats';

/** How to print the poster. */
export interface PosterPdfOptions {
  format: PageFormatName;
  /**
   * The PDF's creation date. Passing the map's (or version's) own date keeps
   * the bytes identical from one request to the next, so they can be cached.
   */
  createdAt: Date;
}

const FONT_BYTES = {
  normal: Buffer.from(POSTER_SANS_REGULAR, 'base64'),
  bold: Buffer.from(POSTER_SANS_BOLD, 'base64'),
};

const FONTS: PdfFonts = { normal: 'PosterSans', bold: 'PosterSans-Bold' };

/** The poster of `input` as a one-page PDF. */
export function renderPosterPdf(input: PosterInput, options: PosterPdfOptions): Promise<Buffer> {
  const picture = layoutPoster(input);
  const page = PAGE_FORMATS[options.format];
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    // Note: an empty default font keeps pdfkit from loading its standard Helvetica.
    font: '',
    lang: picture.lang,
    displayTitle: true,
    info: {
      Title: picture.title,
      Subject: picture.description,
      Creator: 'Journey Map API',
      Producer: 'Journey Map API (pdfkit)',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  doc.registerFont(FONTS.normal, FONT_BYTES.normal);
  doc.registerFont(FONTS.bold, FONT_BYTES.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  paintPicture(
    doc,
    picture,
    {
      x: page.margin,
      y: page.margin,
      width: page.width - 2 * page.margin,
      height: page.height - 2 * page.margin,
    },
    FONTS,
  );
  doc.end();
  return done;
}

/**
 * One picture of a map as bytes and a media type. The SVGs are pure string
 * building (domain/pictures); the PDF needs pdfkit and its embedded font,
 * which are loaded on the first PDF request only, so that the SVG routes and
 * the share page start without them.
 */
import type { PdfFormatName, PictureKind } from '../../domain/pictures/pictureLinks';
import type { PosterInput } from '../../domain/pictures/posterInput';
import {
  renderEmotionCurveSvg,
  renderImpactEffortMatrixSvg,
  renderPosterSvg,
} from '../../domain/pictures/renderPoster';

/** A rendered picture. */
export interface RenderedPicture {
  body: Buffer;
  contentType: string;
}

const SVG = 'image/svg+xml; charset=utf-8';

export async function renderPicture(
  kind: PictureKind,
  input: PosterInput,
  options: { format: PdfFormatName | null; createdAt: Date },
): Promise<RenderedPicture> {
  switch (kind) {
    case 'posterSvg':
      return { body: Buffer.from(renderPosterSvg(input)), contentType: SVG };
    case 'emotionCurveSvg':
      return { body: Buffer.from(renderEmotionCurveSvg(input)), contentType: SVG };
    case 'matrixSvg':
      return { body: Buffer.from(renderImpactEffortMatrixSvg(input)), contentType: SVG };
    case 'posterPdf': {
      // Note: a dynamic import, which esbuild keeps unevaluated in the bundle until it runs.
      const { renderPosterPdf } = await import('./pdf');
      const body = await renderPosterPdf(input, {
        format: options.format ?? 'A4',
        createdAt: options.createdAt,
      });
      return { body, contentType: 'application/pdf' };
    }
  }
}

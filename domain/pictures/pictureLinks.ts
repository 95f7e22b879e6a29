/**
 * Where the pictures of a map and its share links are served, relative to
 * the API's base URL: the one place that spells the routes, for the links
 * GraphQL gives (JourneyMap.pictures, createShareLink.url) and the handler
 * that answers them (functions/pictures.ts).
 *
 * | route | answer |
 * |---|---|
 * | `GET /maps/{id}/poster.svg[?version=N]` | the poster, SVG |
 * | `GET /maps/{id}/poster.pdf[?version=N][&format=A4\|A0][&download=1]` | the poster, PDF |
 * | `GET /maps/{id}/curve.svg[?version=N]` | the emotion curve, SVG |
 * | `GET /maps/{id}/matrix.svg[?version=N]` | the impact / effort matrix, SVG |
 * | `GET /share/{token}` | a share link's page, HTML, no credentials |
 */

/** The pictures, by the file name that ends their route. */
export const PICTURE_FILES = {
  posterSvg: 'poster.svg',
  posterPdf: 'poster.pdf',
  emotionCurveSvg: 'curve.svg',
  matrixSvg: 'matrix.svg',
} as const;

export type PictureKind = keyof typeof PICTURE_FILES;

/** The PDF page sizes (functions/pictures/pageFormats.ts has their dimensions). */
export const PDF_FORMATS = ['A4', 'A0'] as const;
export type PdfFormatName = (typeof PDF_FORMATS)[number];

/** The path prefix of share pages. */
export const SHARE_PATH = '/share/';

/** The pictures of one map (or version), whose URLs GraphQL gives. */
export interface PictureLinksParent {
  mapId: string;
  version: number | null;
}

/** The URL of one picture of a map (or of published version `version`). */
export function pictureUrl(
  baseUrl: string,
  mapId: string,
  version: number | null,
  kind: PictureKind,
  format: PdfFormatName | null = null,
): string {
  const query = new URLSearchParams();
  if (version !== null) query.set('version', String(version));
  if (format !== null) query.set('format', format);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return `${baseUrl}/maps/${encodeURIComponent(mapId)}/${PICTURE_FILES[kind]}${search}`;
}

/** The URL of a share link's page. */
export const shareLinkUrl = (baseUrl: string, token: string): string =>
  `${baseUrl}${SHARE_PATH}${token}`;

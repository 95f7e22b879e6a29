/**
 * GET /maps/{id}/poster.svg, poster.pdf, curve.svg and matrix.svg: a picture
 * of a map of the caller's workspace (the draft, or `?version=N`), with a
 * strong ETag. A request whose If-None-Match names the current ETag is
 * answered 304 after reading only the map's header (plus the personas the
 * draft prints) or the version's description, without drawing anything.
 *
 * | request | DynamoDB requests |
 * |---|---|
 * | draft, 200 | Query (the map) + BatchGetItem (its personas, when it links any) |
 * | draft, 304 | GetItem (header) + BatchGetItem (personas, when any) |
 * | draft, stale If-None-Match | GetItem + BatchGetItem + Query (personas read once) |
 * | version, 200 | Query (the version) |
 * | version, 304 | GetItem (the version's description) |
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import type { Viewer } from '../../domain/context/viewer';
import { PICTURE_FILES } from '../../domain/pictures/pictureLinks';
import { createPictureReader } from '../../domain/pictures/pictureReader';
import { pictureEtag } from '../../domain/pictures/pictureStamp';
import { ifNoneMatchHits } from './conditionalRequest';
import { pdfFileName } from './pdfFileName';
import { parsePictureRequest, type PictureRequest } from './pictureRequest';
import { renderPicture } from './renderPicture';
import { noteOperation } from '../http/requestFacts';

/** What serving a picture needs from the function. */
export interface PictureDependencies {
  /** The caller, from the Authorization header; throws UNAUTHENTICATED. */
  authenticate: (authorization: string | undefined) => Promise<Viewer>;
  /** The use-case context of one request of a caller. */
  useCaseContext: (viewer: Viewer) => UseCaseContext;
}

/**
 * The draft must be revalidated on every use (it changes with every write);
 * a version never changes, but a new renderer may draw it anew: an hour.
 * Private: a picture is the workspace's, never for a shared cache.
 */
const cacheControl = (request: PictureRequest) =>
  request.version === null ? 'private, no-cache' : 'private, max-age=3600';

const variantOf = (request: PictureRequest) =>
  `${PICTURE_FILES[request.kind]}${request.format ? `?format=${request.format}` : ''}`;

function validators(request: PictureRequest, etag: string): Record<string, string> {
  return {
    etag,
    'cache-control': cacheControl(request),
    // Note: a browser's cache is keyed by URL; two people on one browser must not share entries.
    vary: 'Authorization',
  };
}

/** SVG opened on its own is a document: it may run nothing and load nothing. */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export async function servePicture(
  event: APIGatewayProxyEventV2,
  dependencies: PictureDependencies,
): Promise<APIGatewayProxyStructuredResultV2> {
  const viewer = await dependencies.authenticate(event.headers.authorization);
  const request = parsePictureRequest(event);
  noteOperation(request.kind);
  const reader = createPictureReader(dependencies.useCaseContext(viewer));
  const variant = variantOf(request);
  const ifNoneMatch = event.headers['if-none-match'];

  if (ifNoneMatch !== undefined) {
    const etag = pictureEtag(await reader.stamp(request.mapId, request.version), variant);
    if (ifNoneMatchHits(ifNoneMatch, etag)) {
      return { statusCode: 304, headers: validators(request, etag), body: '' };
    }
  }
  const source = await reader.source(request.mapId, request.version);
  const etag = pictureEtag(source.stamp, variant);
  const picture = await renderPicture(request.kind, source.input, {
    format: request.format,
    createdAt: new Date(source.changedAt),
  });
  const isPdf = request.kind === 'posterPdf';
  return {
    statusCode: 200,
    headers: {
      'content-type': picture.contentType,
      ...validators(request, etag),
      'x-content-type-options': 'nosniff',
      ...(isPdf
        ? {
            'content-disposition': `${request.download ? 'attachment' : 'inline'}; ${pdfFileName(
              source.input.title,
              request.version,
              request.format ?? 'A4',
            )}`,
          }
        : { 'content-security-policy': SVG_POLICY }),
    },
    body: isPdf ? picture.body.toString('base64') : picture.body.toString('utf8'),
    isBase64Encoded: isPdf,
  };
}

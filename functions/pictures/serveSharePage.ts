/**
 * GET /share/{token}: a share link's page, without credentials. The secret
 * finds its link (and workspace) in one GetItem by its hash; the page is then
 * drawn from that link's map or version only, read like any viewer of that
 * workspace would. An unknown, malformed or revoked secret, or a link whose
 * map is gone, answers 404; an expired link 410; both with a page that says
 * nothing else.
 *
 * DynamoDB requests: GetItem (the secret's hash) + Query (the map or version)
 * + BatchGetItem (the draft's personas, when it links any).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import type { Viewer } from '../../domain/context/viewer';
import { SHARE_PATH } from '../../domain/pictures/pictureLinks';
import { createPictureReader } from '../../domain/pictures/pictureReader';
import { renderPosterSvg } from '../../domain/pictures/renderPoster';
import { DomainError } from '../../domain/shared/errors';
import type { ShareLinkStore } from '../../domain/ports/shareLinkStore';
import { openShareLink, shareLinkViewer } from '../../domain/shareLinks/openShareLink';
import { renderSharePage, SHARE_PAGE_HEADERS } from './sharePage';

/** What serving a share page needs from the function. */
export interface SharePageDependencies {
  /** The share link store of this request (it has no viewer yet). */
  shareLinks: ShareLinkStore;
  /** The use-case context of the link's reader. */
  useCaseContext: (viewer: Viewer) => UseCaseContext;
  now: () => Date;
}

const notice = (
  status: number,
  title: string,
  text: string,
): APIGatewayProxyStructuredResultV2 => ({
  statusCode: status,
  headers: SHARE_PAGE_HEADERS,
  body: `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>${title}</title></head>
<body><h1>${title}</h1><p>${text}</p></body></html>
`,
});

/** The same answer for every link that does not open: nothing tells them apart. */
const NOT_FOUND = notice(
  404,
  'Lien introuvable',
  "Ce lien de partage n'existe pas ou a été révoqué.",
);
const GONE = notice(410, 'Lien expiré', 'Ce lien de partage a expiré.');

export async function serveSharePage(
  event: APIGatewayProxyEventV2,
  dependencies: SharePageDependencies,
): Promise<APIGatewayProxyStructuredResultV2> {
  const at = event.rawPath.lastIndexOf(SHARE_PATH);
  const token = at < 0 ? '' : event.rawPath.slice(at + SHARE_PATH.length);
  const opened = await openShareLink(dependencies.shareLinks, token, dependencies.now());
  if (opened.status === 'unknown') return NOT_FOUND;
  if (opened.status === 'expired') return GONE;
  const reader = createPictureReader(dependencies.useCaseContext(shareLinkViewer(opened)));
  try {
    const { input, view } = await reader.source(opened.link.mapId, opened.link.version);
    return {
      statusCode: 200,
      headers: SHARE_PAGE_HEADERS,
      body: renderSharePage(input, view, renderPosterSvg(input)),
    };
  } catch (error) {
    // Note: the map (or its whole partition) was deleted after the link was made.
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return NOT_FOUND;
    throw error;
  }
}

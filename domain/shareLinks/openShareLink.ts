/**
 * What an anonymous request for a share link's URL finds: nothing (an
 * unknown, malformed or revoked secret), an expired link, or a live link and
 * the workspace it belongs to. One GetItem by the secret's hash, never a scan.
 */
import type { Viewer } from '../context/viewer';
import type { SharedLink, ShareLinkStore } from '../ports/shareLinkStore';
import { isLive } from './shareLink';
import { hashShareToken, SHARE_TOKEN_PATTERN } from './shareToken';

export type OpenedShareLink =
  { status: 'unknown' } | { status: 'expired' } | ({ status: 'live' } & SharedLink);

export async function openShareLink(
  store: ShareLinkStore,
  token: string,
  now: Date,
): Promise<OpenedShareLink> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return { status: 'unknown' };
  const found = await store.findByTokenHash(hashShareToken(token));
  if (!found || found.link.revokedAt !== null) return { status: 'unknown' };
  if (!isLive(found.link, now)) return { status: 'expired' };
  return { status: 'live', ...found };
}

/**
 * Who reads through a live link: a viewer of the link's workspace, so that
 * every read stays scoped to that workspace's keys like any other request's.
 * The link only ever asks for its own map (and version).
 */
export const shareLinkViewer = (shared: SharedLink): Viewer => ({
  userId: `share-link:${shared.link.id}`,
  workspaceId: shared.workspaceId,
  role: 'VIEWER',
  kind: 'USER',
});

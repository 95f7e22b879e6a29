import type { UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { parseInput } from '../validation/parseInput';
import type { ShareLinkRecord } from './shareLink';
import { shareLinksArgs } from './shareLinkInputs';

/**
 * The share links of a map, oldest first, revoked and expired ones included
 * (so that people see what was shared). One Query; when it finds none, one
 * more read tells an empty list from a map that does not exist.
 */
export async function readShareLinks(
  ctx: UseCaseContext,
  rawArgs: unknown,
): Promise<ShareLinkRecord[]> {
  const { mapId } = parseInput(shareLinksArgs, rawArgs, []);
  const workspaceId = ctx.viewer.workspaceId;
  const links = await ctx.stores.shareLinks.list(workspaceId, mapId);
  if (links.length === 0 && !(await ctx.stores.maps.readHeader(workspaceId, mapId))) {
    throw notFound('JourneyMap', mapId);
  }
  return links;
}

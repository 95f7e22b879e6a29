import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { badInput } from '../shared/errors';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import type { ShareLinkRecord } from './shareLink';
import { newShareLinkId } from './shareLinkIds';
import { createShareLinkInput } from './shareLinkInputs';
import { newShareToken } from './shareToken';

/** A new link and its secret, which exists only in this answer (the store keeps its hash). */
export interface CreatedShareLink {
  link: ShareLinkRecord;
  token: string;
}

/**
 * Creates a read-only share link of a map, or of one published version:
 * one transaction that also checks the map (and the version) exists. No read.
 */
export async function createShareLink(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<CreatedShareLink> {
  const input = parseInput(createShareLinkInput, rawInput);
  const now = ctx.clock.now();
  if (input.expiresAt !== null && Date.parse(input.expiresAt) <= now.getTime()) {
    throw badInput([{ path: ['input', 'expiresAt'], message: 'must be in the future' }]);
  }
  const link: ShareLinkRecord = {
    id: newShareLinkId(input.mapId, now.getTime()),
    mapId: input.mapId,
    version: input.version,
    createdAt: nowIso(ctx),
    createdBy: actorOf(ctx.viewer),
    expiresAt: input.expiresAt,
    revokedAt: null,
  };
  const { token, hash } = newShareToken();
  const outcome = await ctx.stores.shareLinks.create(ctx.viewer.workspaceId, link, hash);
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return { link, token };
}

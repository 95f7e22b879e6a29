import { nowIso, type UseCaseContext } from '../context/useCaseContext';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import type { ShareLinkRecord } from './shareLink';
import { revokeShareLinkInput } from './shareLinkInputs';

/**
 * Revokes a share link at once: from this write on, its URL answers 404.
 * Revoking a revoked link changes nothing and answers it as it is.
 */
export async function revokeShareLink(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<ShareLinkRecord> {
  const { id } = parseInput(revokeShareLinkInput, rawInput);
  const outcome = await ctx.stores.shareLinks.revoke(ctx.viewer.workspaceId, id, nowIso(ctx));
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return outcome.value;
}

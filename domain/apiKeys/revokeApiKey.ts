import { nowIso, type UseCaseContext } from '../context/useCaseContext';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import type { ApiKeyRecord } from './apiKey';
import { revokeApiKeyInput } from './apiKeyInputs';

/**
 * Revokes a key: the next request that carries it is refused, in every
 * container (keys are checked with a strongly consistent read, never cached).
 * Revoking a revoked key changes nothing and answers it as it is.
 */
export async function revokeApiKey(ctx: UseCaseContext, rawInput: unknown): Promise<ApiKeyRecord> {
  const { id } = parseInput(revokeApiKeyInput, rawInput);
  const outcome = await ctx.stores.apiKeys.revoke(ctx.viewer.workspaceId, id, nowIso(ctx));
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return outcome.value;
}

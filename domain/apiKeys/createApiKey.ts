/**
 * Creates an API key and returns it once: only its hash is stored. People
 * create keys, keys do not: a leaked OWNER key must not be able to mint
 * others that outlive its revocation.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { DomainError, badInput } from '../shared/errors';
import { newId } from '../shared/ids';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import type { ApiKeyRecord } from './apiKey';
import { createApiKeyInput } from './apiKeyInputs';
import { apiKeyPrefix, mintApiKey } from './apiKeySecret';

export interface CreatedApiKey {
  apiKey: ApiKeyRecord;
  /** The whole key, for `Authorization: ApiKey <key>`; never stored, never shown again. */
  secret: string;
}

export async function createApiKey(ctx: UseCaseContext, rawInput: unknown): Promise<CreatedApiKey> {
  if (ctx.viewer.kind === 'API_KEY') {
    throw new DomainError('FORBIDDEN', 'API keys are created by people, not by other API keys.');
  }
  const { id, name, role, expiresAt } = parseInput(createApiKeyInput, rawInput);
  const now = nowIso(ctx);
  if (expiresAt !== null && expiresAt <= now) {
    throw badInput([{ path: ['input', 'expiresAt'], message: 'must be in the future' }]);
  }
  const workspaceId = ctx.viewer.workspaceId;
  const keyId = id ?? newId();
  const { key, hash } = mintApiKey(workspaceId, keyId);
  const apiKey: ApiKeyRecord = {
    id: keyId,
    name,
    prefix: apiKeyPrefix(workspaceId, keyId),
    role,
    secretHash: hash,
    createdAt: now,
    createdBy: actorOf(ctx.viewer),
    lastUsedAt: null,
    expiresAt,
    revokedAt: null,
  };
  const outcome = await ctx.stores.apiKeys.create(workspaceId, apiKey);
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return { apiKey, secret: key };
}

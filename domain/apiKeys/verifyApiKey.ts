/**
 * Turns an API key into the caller it stands for, or refuses it with
 * UNAUTHENTICATED. Costs one strongly consistent GetItem per request, so a
 * revocation or an expiry is seen by the very next request in every
 * container; plus, at most once a minute per key, one UpdateItem of
 * `lastUsedAt`.
 */
import type { Clock } from '../context/clock';
import type { Viewer } from '../context/viewer';
import type { ApiKeyStore } from '../ports/apiKeyStore';
import { DomainError } from '../shared/errors';
import { apiKeyStatus } from './apiKey';
import { keyMatches, parseApiKey } from './apiKeySecret';

/** `lastUsedAt` is kept to this resolution: a busy key costs one extra write a minute, not one per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const refused = (message: string) => new DomainError('UNAUTHENTICATED', message);

export async function verifyApiKey(
  deps: { apiKeys: ApiKeyStore; clock: Clock },
  key: string,
): Promise<Viewer> {
  const name = parseApiKey(key);
  if (!name) throw refused('The API key is malformed: expected jmk.<workspace>.<id>.<secret>.');
  const record = await deps.apiKeys.get(name.workspaceId, name.keyId);
  // Note: one message for "no such key" and "wrong secret": neither tells a guesser anything.
  if (!record || !keyMatches(key, record.secretHash)) throw refused('The API key is invalid.');
  const now = deps.clock.now();
  const status = apiKeyStatus(record, now.toISOString());
  if (status === 'REVOKED') throw refused(`The API key ${record.prefix} was revoked.`);
  if (status === 'EXPIRED') throw refused(`The API key ${record.prefix} has expired.`);
  const notBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  if (record.lastUsedAt === null || record.lastUsedAt < notBefore) {
    await deps.apiKeys.markUsed(name.workspaceId, record.id, now.toISOString(), notBefore);
  }
  return { userId: record.id, workspaceId: name.workspaceId, role: record.role, kind: 'API_KEY' };
}

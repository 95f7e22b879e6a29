/**
 * The API key format: `jmk.<workspaceId>.<keyId>.<secret>`, where the secret
 * is 32 random bytes in base64url (256 bits). The public part
 * (`jmk.<workspaceId>.<keyId>`) names the one item that holds the key's hash,
 * so checking a key is one GetItem in its own workspace, with no index and no
 * scan; the hash covers the whole key, so a key whose public part was edited
 * matches nothing. A secret this long needs no slow hash: SHA-256 cannot be
 * reversed and 2^256 guesses are out of reach. Only node:crypto: the check
 * runs on every request, cold starts included.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { WORKSPACE_ID_PATTERN } from '../context/viewer';
import { ULID_PATTERN } from '../shared/ids';

const SCHEME = 'jmk';
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the public part of a key says. */
export interface ApiKeyName {
  workspaceId: string;
  keyId: string;
  /** `jmk.<workspaceId>.<keyId>` */
  prefix: string;
}

export const apiKeyPrefix = (workspaceId: string, keyId: string): string =>
  `${SCHEME}.${workspaceId}.${keyId}`;

/** The SHA-256 of a whole key, as stored. */
export const hashApiKey = (key: string): string =>
  createHash('sha256').update(key, 'utf8').digest('base64url');

/** A new key for `keyId` in `workspaceId`: the key (shown once) and the hash to store. */
export function mintApiKey(workspaceId: string, keyId: string): { key: string; hash: string } {
  const key = `${apiKeyPrefix(workspaceId, keyId)}.${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { key, hash: hashApiKey(key) };
}

/** The public part of a well-formed key; null for anything else. */
export function parseApiKey(key: string): ApiKeyName | null {
  const parts = key.split('.');
  if (parts.length !== 4) return null;
  const [scheme = '', workspaceId = '', keyId = '', secret = ''] = parts;
  if (scheme !== SCHEME || !WORKSPACE_ID_PATTERN.test(workspaceId)) return null;
  if (!ULID_PATTERN.test(keyId) || !SECRET_PATTERN.test(secret)) return null;
  return { workspaceId, keyId, prefix: apiKeyPrefix(workspaceId, keyId) };
}

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'base64url');
  const expected = Buffer.from(storedHash, 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

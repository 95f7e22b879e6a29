/**
 * The secret of a share link: 32 random bytes (256 bits), base64url, the last
 * segment of its URL. Only its SHA-256 is stored; a plain hash is enough
 * (no salt, no slow hash) because the secret is random and long, not a
 * password a person chose. Anything that does not look like a token is
 * refused before any read.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
/** 32 bytes in base64url without padding: 43 characters. */
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new secret and the hash stored in its place. */
export function newShareToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashShareToken(token) };
}

/** The stored form of a secret: SHA-256, hex. */
export const hashShareToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The development signing key: an ES256 key pair kept under `.data/`, made on
 * first use. `npm run token` signs tokens with it; the local server (and the
 * tests) accept tokens it signed. A deployed function never reads it: see
 * auth/tokenVerifier.ts.
 */
import {
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  sign,
  type JsonWebKey,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Role } from '../../domain/shared/enums';

export const LOCAL_ISSUER = 'journey-map-api/local-dev';
export const LOCAL_AUDIENCE = 'journey-map-api';
/**
 * The longest a development token may live: `npm run token` mints them for
 * this long, and the local verifier refuses a token without `exp` or one that
 * expires later than this from now (auth/tokenVerifier.ts).
 */
export const DEV_TOKEN_MAX_LIFETIME_SECONDS = 30 * 24 * 3600;

export interface DevKeyFiles {
  privateJwkFile: string;
  publicJwksFile: string;
}

export const devKeyFiles = (dataDir: string): DevKeyFiles => ({
  privateJwkFile: join(dataDir, 'dev-auth', 'signing-key.private.json'),
  publicJwksFile: join(dataDir, 'dev-auth', 'jwks.json'),
});

/** Creates the key pair unless it exists; returns the files. */
export function ensureDevKeys(files: DevKeyFiles): DevKeyFiles {
  if (existsSync(files.privateJwkFile) && existsSync(files.publicJwksFile)) return files;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicJwk = publicKey.export({ format: 'jwk' });
  const kid = createHash('sha256')
    .update(JSON.stringify([publicJwk.crv, publicJwk.x, publicJwk.y]))
    .digest('base64url');
  mkdirSync(dirname(files.privateJwkFile), { recursive: true });
  writeFileSync(
    files.privateJwkFile,
    JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid }),
    { mode: 0o600 },
  );
  writeFileSync(
    files.publicJwksFile,
    JSON.stringify({ keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] }, null, 2),
  );
  return files;
}

export interface DevTokenClaims {
  workspaceId: string;
  role: Role;
  userId: string;
  /** Lifetime in seconds, 1 to DEV_TOKEN_MAX_LIFETIME_SECONDS (the default: a convenience). */
  ttlSeconds?: number;
}

/** Signs a JWT shaped like a Cognito ID token, with the development key. */
export function mintDevToken(files: DevKeyFiles, claims: DevTokenClaims, now = Date.now()): string {
  const jwk = JSON.parse(readFileSync(files.privateJwkFile, 'utf8')) as JsonWebKey & {
    kid: string;
  };
  const ttl = claims.ttlSeconds ?? DEV_TOKEN_MAX_LIFETIME_SECONDS;
  // Every development token expires: no lifetime that is not a number of seconds up to the limit.
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > DEV_TOKEN_MAX_LIFETIME_SECONDS) {
    throw new RangeError(
      `ttlSeconds must be a whole number of seconds from 1 to ${DEV_TOKEN_MAX_LIFETIME_SECONDS}`,
    );
  }
  const issuedAt = Math.floor(now / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'ES256', typ: 'JWT', kid: jwk.kid });
  const payload = encode({
    iss: LOCAL_ISSUER,
    aud: LOCAL_AUDIENCE,
    sub: claims.userId,
    token_use: 'id',
    'custom:workspace_id': claims.workspaceId,
    'custom:role': claims.role,
    iat: issuedAt,
    exp: issuedAt + ttl,
  });
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), {
    key: createPrivateKey({ key: jwk, format: 'jwk' }),
    dsaEncoding: 'ieee-p1363',
  });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

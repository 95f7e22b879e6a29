/**
 * Verifies bearer tokens. In AWS: Cognito ID tokens of this stage's user pool
 * and app client (issuer, audience, expiry and signature checked against the
 * pool's published keys). Locally: tokens signed by the development key, which
 * is only ever loaded outside a deployed Lambda (see config.ts).
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify/cognito-verifier';
import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier';
import { readFileSync } from 'node:fs';
import { DEV_TOKEN_MAX_LIFETIME_SECONDS, LOCAL_AUDIENCE, LOCAL_ISSUER } from './localDevKeys';
import { withVerifiedTokenCache } from './verifiedTokenCache';

export type Claims = Record<string, unknown>;

export interface TokenVerifier {
  verify(token: string): Promise<Claims>;
}

export interface AuthConfig {
  cognito: { userPoolId: string; clientId: string } | null;
  /** Path of the development JWKS; null in every deployed stage. */
  localJwksFile: string | null;
}

/**
 * A development token must expire, and within DEV_TOKEN_MAX_LIFETIME_SECONDS:
 * the JWT verifier checks `exp` only when a token has one, and a token that
 * never expires would outlive any key rotation or a leaked terminal log.
 */
export function requireExpiry(claims: Claims, now = Date.now()): Claims {
  const { exp } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw new Error('A development token must carry an expiry (exp).');
  }
  if (exp > now / 1000 + DEV_TOKEN_MAX_LIFETIME_SECONDS) {
    throw new Error('A development token may live 30 days at most.');
  }
  return claims;
}

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const verifiers: TokenVerifier[] = [];
  if (config.cognito) {
    const cognito = CognitoJwtVerifier.create({
      userPoolId: config.cognito.userPoolId,
      clientId: config.cognito.clientId,
      tokenUse: 'id',
    });
    // Fetch the pool's signing keys while the container initialises, not during its first request.
    cognito.hydrate().catch(() => undefined);

    verifiers.push({ verify: async (token) => await cognito.verify(token) });
  }
  if (config.localJwksFile) {
    const local = JwtVerifier.create({
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      // Never fetched: the keys are cached below, and an unknown key id fails.
      jwksUri: 'https://localhost.invalid/jwks.json',
    });
    local.cacheJwks(
      JSON.parse(readFileSync(config.localJwksFile, 'utf8')) as Parameters<
        typeof local.cacheJwks
      >[0],
    );
    verifiers.push({ verify: async (token) => requireExpiry(await local.verify(token)) });
  }
  return withVerifiedTokenCache({
    async verify(token) {
      let lastError: unknown = new Error('no token verifier is configured');
      for (const verifier of verifiers) {
        try {
          return await verifier.verify(token);
        } catch (error) {
          lastError = error;
        }
      }
      throw lastError;
    },
  });
}

/**
 * Remembers the tokens a container has verified, until each expires, so that
 * a client's next requests skip the signature check (an ECDSA or RSA verify,
 * ~0.3 ms of a warm map read's ~5 ms of CPU). A token is its own key: any
 * other string, a forged one included, is verified in full. Expiry is still
 * checked at every use, from the token's own `exp`.
 */
import type { Claims, TokenVerifier } from './tokenVerifier';

export interface VerifiedTokenCacheOptions {
  /** Tokens remembered at most; the oldest is forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

export function withVerifiedTokenCache(
  verifier: TokenVerifier,
  { maxEntries = 256, now = Date.now }: VerifiedTokenCacheOptions = {},
): TokenVerifier {
  const verified = new Map<string, { claims: Claims; expiresAtMs: number }>();
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) {
        if (now() < known.expiresAtMs) return known.claims;
        verified.delete(token);
      }
      const claims = await verifier.verify(token);
      // A token without a numeric expiry is verified at every use.
      if (typeof claims.exp === 'number' && Number.isFinite(claims.exp)) {
        if (verified.size >= maxEntries) {
          const oldest = verified.keys().next().value;
          if (oldest !== undefined) verified.delete(oldest);
        }
        verified.set(token, { claims, expiresAtMs: claims.exp * 1000 });
      }
      return claims;
    },
  };
}

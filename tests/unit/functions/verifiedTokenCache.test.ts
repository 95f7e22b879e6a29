/**
 * functions/auth/verifiedTokenCache.ts: a verified token is not verified
 * again until it expires; anything else always is.
 */
import type { Claims } from '../../../functions/auth/tokenVerifier';
import { withVerifiedTokenCache } from '../../../functions/auth/verifiedTokenCache';

/** A verifier that counts its calls and accepts the tokens of `accepted`. */
function countingVerifier(accepted: Record<string, Claims>) {
  const calls: string[] = [];
  return {
    calls,
    verify: (token: string) => {
      calls.push(token);
      const claims = accepted[token];
      return claims ? Promise.resolve(claims) : Promise.reject(new Error('invalid'));
    },
  };
}

describe('withVerifiedTokenCache', () => {
  let nowMs = 1_000_000_000_000;
  const now = () => nowMs;
  const exp = nowMs / 1000 + 60;

  it('verifies a token once, then answers its claims until it expires', async () => {
    const inner = countingVerifier({ good: { sub: 'u', exp } });
    const verifier = withVerifiedTokenCache(inner, { now });
    await expect(verifier.verify('good')).resolves.toEqual({ sub: 'u', exp });
    await expect(verifier.verify('good')).resolves.toEqual({ sub: 'u', exp });
    expect(inner.calls).toEqual(['good']);

    nowMs = exp * 1000;
    await verifier.verify('good');
    expect(inner.calls).toEqual(['good', 'good']);
  });

  it('never remembers a refusal, nor a token without an expiry', async () => {
    const inner = countingVerifier({ forever: { sub: 'u' } });
    const verifier = withVerifiedTokenCache(inner, { now });
    await expect(verifier.verify('forged')).rejects.toThrow('invalid');
    await expect(verifier.verify('forged')).rejects.toThrow('invalid');
    await verifier.verify('forever');
    await verifier.verify('forever');
    expect(inner.calls).toEqual(['forged', 'forged', 'forever', 'forever']);
  });

  it('forgets the oldest token past its size', async () => {
    const inner = countingVerifier({ a: { exp: 9e9 }, b: { exp: 9e9 }, c: { exp: 9e9 } });
    const verifier = withVerifiedTokenCache(inner, { now, maxEntries: 2 });
    for (const token of ['a', 'b', 'c', 'c', 'b', 'a']) await verifier.verify(token);
    expect(inner.calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

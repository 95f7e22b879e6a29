/**
 * Development tokens always expire: `npm run token` (mintDevToken) never
 * makes one without `exp` or living longer than 30 days, and the local
 * verifier refuses any token signed with the development key that has no
 * `exp`, expires later than that, or has expired, through the real handler.
 */
import { createPrivateKey, sign, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  DEV_TOKEN_MAX_LIFETIME_SECONDS,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  mintDevToken,
} from '../../functions/auth/localDevKeys';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { startTestApi, type TestApi } from '../support/testApi';

const PRIVATE_JWK_FILE = String(process.env.TEST_PRIVATE_JWK_FILE);
const files = { privateJwkFile: PRIVATE_JWK_FILE, publicJwksFile: '' };
const now = () => Math.floor(Date.now() / 1000);
const claims = { workspaceId: 'ws-expiry', role: 'EDITOR' as const, userId: 'user-1' };

/** A JWT with exactly these claims, signed with the development key (as a forger with it would). */
function signed(payload: Record<string, unknown>): string {
  const jwk = JSON.parse(readFileSync(PRIVATE_JWK_FILE, 'utf8')) as JsonWebKey & { kid: string };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'ES256', typ: 'JWT', kid: jwk.kid })}.${encode(payload)}`;
  const signature = sign('sha256', Buffer.from(body), {
    key: createPrivateKey({ key: jwk, format: 'jwk' }),
    dsaEncoding: 'ieee-p1363',
  });
  return `${body}.${signature.toString('base64url')}`;
}

const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;

/** The claims of a development token issued now, all but `exp` (the tests set it or leave it out). */
const claimsWithoutExp = () => ({
  iss: LOCAL_ISSUER,
  aud: LOCAL_AUDIENCE,
  sub: 'user-1',
  token_use: 'id',
  'custom:workspace_id': 'ws-expiry',
  'custom:role': 'OWNER',
  iat: now(),
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});

async function answer(token: string) {
  const result = await api.invoke(
    apiGatewayEvent({
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { workspaceId role } }' }),
    }),
  );
  const body = JSON.parse(String(result.body)) as {
    data?: unknown;
    errors?: { extensions: { code: string } }[];
  };
  return { status: result.statusCode, code: body.errors?.[0]?.extensions.code, data: body.data };
}

describe('Development tokens', () => {
  it('are minted with an expiry, 30 days ahead unless asked for less', () => {
    const month = payloadOf(mintDevToken(files, claims));
    expect(month.exp).toBe(Number(month.iat) + DEV_TOKEN_MAX_LIFETIME_SECONDS);
    const hour = payloadOf(mintDevToken(files, { ...claims, ttlSeconds: 3600 }));
    expect(hour.exp).toBe(Number(hour.iat) + 3600);
  });

  it('cannot be minted without a lifetime the verifier accepts', () => {
    for (const ttlSeconds of [
      0,
      -1,
      1.5,
      Number.NaN,
      Infinity,
      DEV_TOKEN_MAX_LIFETIME_SECONDS + 1,
    ]) {
      expect(() => mintDevToken(files, { ...claims, ttlSeconds })).toThrow(RangeError);
    }
  });

  it('are accepted while they are valid', async () => {
    expect(await answer(mintDevToken(files, claims))).toEqual({
      status: 200,
      code: undefined,
      data: { viewer: { workspaceId: 'ws-expiry', role: 'EDITOR' } },
    });
  });

  it('are refused without exp, even signed with the development key', async () => {
    const base = claimsWithoutExp();
    // The same claims with an expiry pass: only the missing exp is refused.
    expect((await answer(signed({ ...base, exp: now() + 60 }))).status).toBe(200);
    for (const token of [
      signed(base),
      signed({ ...base, exp: null }),
      signed({ ...base, exp: 'never' }),
    ]) {
      expect(await answer(token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('are refused when they expire more than 30 days ahead, or have expired', async () => {
    const base = claimsWithoutExp();
    for (const exp of [
      now() + DEV_TOKEN_MAX_LIFETIME_SECONDS + 3600,
      now() + 100 * 365 * 86400,
      now() - 60,
    ]) {
      expect(await answer(signed({ ...base, exp }))).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });
});

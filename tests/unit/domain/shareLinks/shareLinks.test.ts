import type { ShareLinkStore } from '../../../../domain/ports/shareLinkStore';
import { openShareLink, shareLinkViewer } from '../../../../domain/shareLinks/openShareLink';
import { isLive, type ShareLinkRecord } from '../../../../domain/shareLinks/shareLink';
import { newShareLinkId, parseShareLinkId } from '../../../../domain/shareLinks/shareLinkIds';
import {
  createShareLinkInput,
  revokeShareLinkInput,
} from '../../../../domain/shareLinks/shareLinkInputs';
import {
  hashShareToken,
  newShareToken,
  SHARE_TOKEN_PATTERN,
} from '../../../../domain/shareLinks/shareToken';
import { testId } from '../../support/records';

const MAP = testId(1);
const NOW = new Date('2025-06-01T12:00:00.000Z');
const link = (fields: Partial<ShareLinkRecord> = {}): ShareLinkRecord => ({
  id: `${MAP}:${testId(60)}`,
  mapId: MAP,
  version: null,
  createdAt: '2025-05-01T00:00:00.000Z',
  createdBy: { kind: 'USER', id: 'user-42' },
  expiresAt: null,
  revokedAt: null,
  ...fields,
});

describe('share link secrets', () => {
  it('are 256 random bits in 43 base64url characters, never twice the same', () => {
    const tokens = Array.from({ length: 200 }, () => newShareToken().token);
    for (const token of tokens) expect(token).toMatch(SHARE_TOKEN_PATTERN);
    expect(new Set(tokens).size).toBe(200);
  });

  it('are stored as their SHA-256, hex', () => {
    const { token, hash } = newShareToken();
    expect(hash).toBe(hashShareToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });
});

describe('share link ids', () => {
  it('carry their map', () => {
    const id = newShareLinkId(MAP);
    expect(parseShareLinkId(id).mapId).toBe(MAP);
    expect(revokeShareLinkInput.safeParse({ id }).success).toBe(true);
    expect(revokeShareLinkInput.safeParse({ id: MAP }).success).toBe(false);
  });
});

describe('createShareLinkInput', () => {
  it('defaults the version and the expiry to null, and normalises the expiry to UTC', () => {
    expect(createShareLinkInput.parse({ mapId: MAP })).toEqual({
      mapId: MAP,
      version: null,
      expiresAt: null,
    });
    expect(
      createShareLinkInput.parse({
        mapId: MAP,
        version: 2,
        expiresAt: '2030-01-01T01:00:00+01:00',
      }),
    ).toEqual({ mapId: MAP, version: 2, expiresAt: '2030-01-01T00:00:00.000Z' });
  });

  it.each([{ version: 0 }, { version: 1.5 }, { expiresAt: 'tomorrow' }, { mapId: 'x' }])(
    'refuses %o',
    (fields) => {
      expect(createShareLinkInput.safeParse({ mapId: MAP, ...fields }).success).toBe(false);
    },
  );
});

describe('isLive', () => {
  it('is true until revoked or expired', () => {
    expect(isLive(link(), NOW)).toBe(true);
    expect(isLive(link({ expiresAt: '2025-06-01T12:00:00.001Z' }), NOW)).toBe(true);
    expect(isLive(link({ expiresAt: '2025-06-01T12:00:00.000Z' }), NOW)).toBe(false);
    expect(isLive(link({ revokedAt: '2025-05-02T00:00:00.000Z' }), NOW)).toBe(false);
  });
});

describe('openShareLink', () => {
  const token = newShareToken();
  const storeWith = (found: ShareLinkRecord | null) => {
    const asked: string[] = [];
    const store = {
      findByTokenHash: (hash: string) => {
        asked.push(hash);
        return Promise.resolve(found ? { workspaceId: 'acme', link: found } : null);
      },
    } as unknown as ShareLinkStore;
    return { store, asked };
  };

  it('finds a live link by the hash of its secret, with its workspace', async () => {
    const { store, asked } = storeWith(link());
    expect(await openShareLink(store, token.token, NOW)).toEqual({
      status: 'live',
      workspaceId: 'acme',
      link: link(),
    });
    expect(asked).toEqual([token.hash]);
  });

  it('tells an expired link apart, but not a revoked one from an unknown one', async () => {
    const expired = storeWith(link({ expiresAt: '2025-01-01T00:00:00.000Z' }));
    expect(await openShareLink(expired.store, token.token, NOW)).toEqual({ status: 'expired' });
    const revoked = storeWith(link({ revokedAt: '2025-05-02T00:00:00.000Z' }));
    expect(await openShareLink(revoked.store, token.token, NOW)).toEqual({ status: 'unknown' });
    expect(await openShareLink(storeWith(null).store, token.token, NOW)).toEqual({
      status: 'unknown',
    });
  });

  it('reads nothing for what cannot be a secret', async () => {
    const { store, asked } = storeWith(link());
    for (const bad of ['', 'short', `${token.token}x`, `${token.token.slice(1)}/`]) {
      expect(await openShareLink(store, bad, NOW)).toEqual({ status: 'unknown' });
    }
    expect(asked).toEqual([]);
  });

  it("reads as a VIEWER of the link's workspace", () => {
    expect(shareLinkViewer({ workspaceId: 'acme', link: link() })).toEqual({
      userId: `share-link:${link().id}`,
      workspaceId: 'acme',
      role: 'VIEWER',
      kind: 'USER',
    });
  });
});

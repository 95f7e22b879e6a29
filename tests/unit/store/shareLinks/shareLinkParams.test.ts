import type { ShareLinkRecord } from '../../../../domain/shareLinks/shareLink';
import {
  createShareLinkTransaction,
  findByTokenHashParams,
  listShareLinksParams,
  revokeShareLinkTransaction,
} from '../../../../store/shareLinks/shareLinkParams';
import { testId } from '../../support/records';
import { MAP, TABLE, WS } from '../../support/table';

const LOCAL = testId(60);
const HASH = 'a'.repeat(64);
const link: ShareLinkRecord = {
  id: `${MAP}:${LOCAL}`,
  mapId: MAP,
  version: null,
  createdAt: '2025-06-01T12:00:00.000Z',
  createdBy: { kind: 'USER', id: 'user-42' },
  expiresAt: null,
  revokedAt: null,
};

describe('createShareLinkTransaction', () => {
  it('checks the map, then puts the link in its partition and its copy under the hash', () => {
    const [check, record, copy, ...rest] = createShareLinkTransaction(TABLE, WS, link, HASH);
    expect(rest).toEqual([]);
    expect(check?.ConditionCheck?.Key).toEqual({ PK: `W#${WS}#MAP#${MAP}`, SK: 'C#!MAP' });
    expect(check?.ConditionCheck?.ConditionExpression).toMatch(
      /attribute_exists\(#n0\) AND attribute_not_exists\(#n1\) AND attribute_not_exists\(#n2\)/,
    );
    expect(check?.ConditionCheck?.ExpressionAttributeNames).toEqual({
      '#n0': 'PK',
      '#n1': 'deletedAt',
      '#n2': 'pendingCreation',
    });
    expect(record?.Put?.Item).toMatchObject({
      PK: `W#${WS}#MAP#${MAP}`,
      SK: `SL#${LOCAL}`,
      entityType: 'ShareLink',
      tokenHash: HASH,
      ...link,
    });
    expect(copy?.Put?.Item).toEqual({
      PK: `SHARE#${HASH}`,
      SK: 'SHARE',
      entityType: 'ShareToken',
      workspaceId: WS,
      link,
    });
    for (const put of [record, copy]) {
      expect(put?.Put?.ConditionExpression).toBe('attribute_not_exists(#n0)');
    }
  });

  it('also checks the version, when one is shared', () => {
    const items = createShareLinkTransaction(TABLE, WS, { ...link, version: 3 }, HASH);
    expect(items).toHaveLength(4);
    expect(items[1]?.ConditionCheck?.Key).toEqual({
      PK: `W#${WS}#MAP#${MAP}`,
      SK: 'VM#000003',
    });
  });
});

describe('revokeShareLinkTransaction', () => {
  it('marks the link (still at this secret, not yet revoked) and deletes the copy', () => {
    const [mark, remove] = revokeShareLinkTransaction(TABLE, WS, link.id, HASH, 'NOW');
    expect(mark?.Update?.Key).toEqual({ PK: `W#${WS}#MAP#${MAP}`, SK: `SL#${LOCAL}` });
    expect(mark?.Update?.UpdateExpression).toBe('SET #n0 = :v0');
    expect(mark?.Update?.ConditionExpression).toBe(
      'attribute_exists(#n1) AND #n2 = :v1 AND attribute_type(#n0, :v2)',
    );
    expect(mark?.Update?.ExpressionAttributeValues).toEqual({
      ':v0': 'NOW',
      ':v1': HASH,
      ':v2': 'NULL',
    });
    expect(remove?.Delete?.Key).toEqual({ PK: `SHARE#${HASH}`, SK: 'SHARE' });
  });
});

describe('share link reads', () => {
  it('finds a secret by its hash with a strongly consistent GetItem (a revoke applies at once)', () => {
    expect(findByTokenHashParams(TABLE, HASH)).toEqual({
      TableName: TABLE,
      Key: { PK: `SHARE#${HASH}`, SK: 'SHARE' },
      ConsistentRead: true,
    });
  });

  it("lists a map's links with one Query of its partition", () => {
    expect(listShareLinksParams(TABLE, WS, MAP)).toMatchObject({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `W#${WS}#MAP#${MAP}`, ':prefix': 'SL#' },
      ConsistentRead: true,
    });
  });
});

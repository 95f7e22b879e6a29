/**
 * Pure builders of the share link requests. A link is two items: its record
 * in its map's partition (`SL#<ulid>`, listed with the map, swept with it)
 * and, while it is not revoked, a copy under its secret's hash
 * (`SHARE#<hash>`), which is what an anonymous request reads. Both are
 * written, and the copy deleted, in one transaction.
 */
import type { GetCommandInput, QueryCommandInput } from '../dynamo/commands';
import type { ShareLinkRecord } from '../../domain/shareLinks/shareLink';
import { parseShareLinkId } from '../../domain/shareLinks/shareLinkIds';
import type { TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { ITEM_TYPE } from '../items/itemCodec';
import {
  mapHeaderKey,
  mapPartition,
  SHARE_LINK_PREFIX,
  shareLinkKey,
  shareTokenKey,
  versionListKey,
} from '../keys';

const linkKey = (workspaceId: string, id: string) => {
  const { mapId, localId } = parseShareLinkId(id);
  return shareLinkKey(workspaceId, mapId, localId);
};

/**
 * The transaction that creates a link: the map must exist (not deleted, not
 * half-created) and so must the version, when one is shared. Operation 0
 * checks the map, operation 1 the version (when there is one).
 */
export function createShareLinkTransaction(
  table: string,
  workspaceId: string,
  link: ShareLinkRecord,
  tokenHash: string,
): TransactItem[] {
  const mapExists = new ExpressionBuilder()
    .exists()
    .absent('deletedAt')
    .absent('pendingCreation')
    .build();
  const items: TransactItem[] = [
    {
      ConditionCheck: {
        TableName: table,
        Key: mapHeaderKey(workspaceId, link.mapId),
        ...mapExists,
      } as TransactItem['ConditionCheck'],
    },
  ];
  if (link.version !== null) {
    items.push({
      ConditionCheck: {
        TableName: table,
        Key: versionListKey(workspaceId, link.mapId, link.version),
        ...new ExpressionBuilder().exists().build(),
      } as TransactItem['ConditionCheck'],
    });
  }
  const isNew = new ExpressionBuilder().notExists().build();
  items.push(
    {
      Put: {
        TableName: table,
        Item: {
          ...linkKey(workspaceId, link.id),
          entityType: ITEM_TYPE.shareLink,
          ...link,
          tokenHash,
        },
        ...isNew,
      },
    },
    {
      Put: {
        TableName: table,
        Item: {
          ...shareTokenKey(tokenHash),
          entityType: ITEM_TYPE.shareToken,
          workspaceId,
          link,
        },
        ...isNew,
      },
    },
  );
  return items;
}

/**
 * The transaction that revokes a link: marks its record (still at the same
 * secret and not revoked yet) and deletes the copy under the secret's hash.
 */
export function revokeShareLinkTransaction(
  table: string,
  workspaceId: string,
  id: string,
  tokenHash: string,
  now: string,
): TransactItem[] {
  const mark = new ExpressionBuilder().setAll({ revokedAt: now }).exists();
  mark.condition(`${mark.name('tokenHash')} = ${mark.value(tokenHash)}`);
  mark.condition(`attribute_type(${mark.name('revokedAt')}, ${mark.value('NULL')})`);
  return [
    {
      Update: {
        TableName: table,
        Key: linkKey(workspaceId, id),
        ...mark.build(),
      } as TransactItem['Update'],
    },
    { Delete: { TableName: table, Key: shareTokenKey(tokenHash) } },
  ];
}

/** One link's record, strongly consistent. */
export const getShareLinkParams = (
  table: string,
  workspaceId: string,
  id: string,
): GetCommandInput => ({ TableName: table, Key: linkKey(workspaceId, id), ConsistentRead: true });

/**
 * The copy under a secret's hash, strongly consistent: a revoke deletes it,
 * and from then on no request may find it.
 */
export const findByTokenHashParams = (table: string, tokenHash: string): GetCommandInput => ({
  TableName: table,
  Key: shareTokenKey(tokenHash),
  ConsistentRead: true,
});

/** Every link of a map, oldest first (ULIDs sort by creation time). */
export const listShareLinksParams = (
  table: string,
  workspaceId: string,
  mapId: string,
): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
  ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
  ExpressionAttributeValues: {
    ':pk': mapPartition(workspaceId, mapId),
    ':prefix': SHARE_LINK_PREFIX,
  },
  ConsistentRead: true,
});

/**
 * Pure builder of a publication: the header's version counter (conditioned on
 * the draft being unchanged since the snapshot was read and on the previous
 * number being the latest), the description items, the chunks when they fit
 * in the transaction, and the history entry. The header's change counter
 * moves too: a publication is a change of the map that its subscribers hear
 * of, in order (history/lastChange.ts).
 */
import {
  TRANSACTION_BYTE_BUDGET,
  TRANSACTION_ITEM_LIMIT,
  type TransactItem,
} from '../dynamo/transactionLimits';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import type { VersionMeta } from '../../domain/versions/versionRecords';
import { ITEM_TYPE } from '../items/itemCodec';
import { mapHeaderKey, versionChunkKey, versionListKey, versionMetaKey } from '../keys';
import { historyItem } from '../history/historyItem';
import { lastChangeAttribute } from '../history/lastChange';
import { ExpressionBuilder } from '../dynamo/updateExpression';

/** Room kept for the non-chunk items (header, descriptions, history). */
const OVERHEAD_BYTES = 64_000;

export const chunksFitInTransaction = (chunks: readonly Uint8Array[]): boolean =>
  chunks.length + 4 <= TRANSACTION_ITEM_LIMIT &&
  chunks.reduce((sum, c) => sum + c.length, 0) + OVERHEAD_BYTES <= TRANSACTION_BYTE_BUDGET;

export function versionDescription(meta: VersionMeta, token: string, chunkCount: number) {
  return {
    number: meta.number,
    label: meta.label,
    notes: meta.notes,
    publishedAt: meta.publishedAt,
    publishedByKind: meta.publishedBy.kind,
    publishedById: meta.publishedBy.id,
    token,
    chunkCount,
  };
}

export function chunkItems(
  workspaceId: string,
  meta: VersionMeta,
  token: string,
  chunks: readonly Uint8Array[],
) {
  return chunks.map((data, index) => ({
    ...versionChunkKey(workspaceId, meta.mapId, meta.number, token, index),
    entityType: ITEM_TYPE.versionChunk,
    data,
  }));
}

export function buildPublishTransaction(
  table: string,
  workspaceId: string,
  meta: VersionMeta,
  token: string,
  chunks: readonly Uint8Array[],
  inlineChunks: boolean,
  seenChangeSeq: number,
  historyNote: HistoryNote,
): TransactItem[] {
  const history = historyItem(
    workspaceId,
    meta.mapId,
    meta.publishedBy,
    historyNote,
    meta.publishedAt,
  );
  const lastChange = lastChangeAttribute(
    history.id,
    meta.publishedBy,
    historyNote,
    meta.publishedAt,
    {
      changes: [
        {
          entity: 'JourneyMap',
          entityId: meta.mapId,
          change: 'UPDATED',
          fields: ['latestVersion'],
        },
      ],
      omitted: 0,
    },
  );
  const header = new ExpressionBuilder()
    .setAll({ latestVersion: meta.number, lastChange })
    .increment('changeSeq')
    .exists()
    .absent('deletedAt')
    .equals('changeSeq', seenChangeSeq);
  const latest = header.name('latestVersion');
  header.condition(
    meta.number === 1
      ? `(attribute_not_exists(${latest}) OR ${latest} = ${header.value(0)})`
      : `${latest} = ${header.value(meta.number - 1)}`,
  );
  const once = new ExpressionBuilder().notExists().build();
  const description = versionDescription(meta, token, chunks.length);
  const put = (Item: Record<string, unknown>): TransactItem => ({
    Put: {
      TableName: table,
      Item,
      ConditionExpression: once.ConditionExpression,
      ExpressionAttributeNames: once.ExpressionAttributeNames,
    },
  });
  return [
    {
      Update: {
        TableName: table,
        Key: mapHeaderKey(workspaceId, meta.mapId),
        ...header.build(),
      } as TransactItem['Update'],
    },
    put({
      ...versionMetaKey(workspaceId, meta.mapId, meta.number),
      entityType: ITEM_TYPE.version,
      ...description,
    }),
    put({
      ...versionListKey(workspaceId, meta.mapId, meta.number),
      entityType: ITEM_TYPE.version,
      ...description,
    }),
    ...(inlineChunks ? chunkItems(workspaceId, meta, token, chunks).map(put) : []),
    { Put: { TableName: table, Item: history } },
  ];
}

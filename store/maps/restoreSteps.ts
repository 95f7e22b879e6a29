/**
 * The requests of a restore. When the whole change fits one transaction
 * (the usual case: only parts that differ are written), it is one
 * transaction. Otherwise it runs in three steps that readers cannot tell
 * apart from one: the header is marked `restoringFrom`, from which moment
 * reads serve the version's content and writes wait; the parts are written;
 * the header is restored and unmarked with the history entry.
 */
import type { TransactItem } from '../dynamo/transactionLimits';
import type { WriteRejection } from '../../domain/ports/writeOutcome';
import type { RestoreMeta } from '../../domain/ports/mapStore';
import type { RestorePlan } from '../../domain/versions/planRestore';
import type { Item } from '../items/itemCodec';
import { mapHeaderKey, partKey } from '../keys';
import { partItem } from '../items/partItem';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { historyItem } from '../history/historyItem';

/** A restore marker older than this belongs to an interrupted restore and may be taken over. */
export const STALE_RESTORE_MS = 2 * 60 * 1000;

function restoredHeader(plan: RestorePlan, meta: RestoreMeta) {
  return new ExpressionBuilder()
    .setAll({ ...plan.header, updatedAt: meta.now, partCount: plan.all.length })
    .increment('revision')
    .increment('changeSeq')
    .exists()
    .absent('deletedAt');
}

/** What a failed header condition means. */
export const headerMeaning =
  (mapId: string, meta: RestoreMeta) =>
  (found: Item | null): WriteRejection => {
    if (!found || found.deletedAt) return { reason: 'notFound', entity: 'JourneyMap', id: mapId };
    const current = Number(found.revision);
    if (current !== meta.revision.expected) {
      return {
        reason: 'revisionMismatch',
        entity: 'JourneyMap',
        id: mapId,
        check: meta.revision,
        current,
      };
    }
    return { reason: 'mapChanged' };
  };

export function singleRestoreTransaction(
  table: string,
  workspaceId: string,
  mapId: string,
  plan: RestorePlan,
  meta: RestoreMeta,
): TransactItem[] {
  const header = restoredHeader(plan, meta)
    .absent('restoringFrom')
    .equals('changeSeq', meta.seenChangeSeq)
    .equals('revision', meta.revision.expected);
  return [
    {
      Update: {
        TableName: table,
        Key: mapHeaderKey(workspaceId, mapId),
        ...header.build(),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      } as TransactItem['Update'],
    },
    ...plan.puts.map(({ part, record }) => ({
      Put: { TableName: table, Item: partItem(workspaceId, mapId, part, record) },
    })),
    ...plan.deletes.map(({ part, id }) => ({
      Delete: { TableName: table, Key: partKey(workspaceId, mapId, part, id) },
    })),
    {
      Put: {
        TableName: table,
        Item: historyItem(workspaceId, mapId, meta.actor, meta.history, meta.now),
      },
    },
  ];
}

/** Step 1: hold the map (or take over from a restore that was interrupted). */
export function markRestoring(
  table: string,
  workspaceId: string,
  mapId: string,
  meta: RestoreMeta,
): TransactItem {
  const b = new ExpressionBuilder()
    .setAll({ restoringFrom: meta.version, restoreStartedAt: meta.now })
    .increment('changeSeq')
    .exists()
    .absent('deletedAt')
    .equals('changeSeq', meta.seenChangeSeq)
    .equals('revision', meta.revision.expected);
  const staleBefore = new Date(Date.parse(meta.now) - STALE_RESTORE_MS).toISOString();
  b.condition(
    `(attribute_not_exists(${b.name('restoringFrom')}) OR ${b.name('restoreStartedAt')} < ${b.value(staleBefore)})`,
  );
  return {
    Update: {
      TableName: table,
      Key: mapHeaderKey(workspaceId, mapId),
      ...b.build(),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    } as TransactItem['Update'],
  };
}

/** Step 3: the restored header, unmarked, and the history entry. */
export function commitRestore(
  table: string,
  workspaceId: string,
  mapId: string,
  plan: RestorePlan,
  meta: RestoreMeta,
): TransactItem[] {
  const header = restoredHeader(plan, meta)
    .removeAll(['restoringFrom', 'restoreStartedAt'])
    .equals('restoringFrom', meta.version)
    .equals('restoreStartedAt', meta.now);
  return [
    {
      Update: {
        TableName: table,
        Key: mapHeaderKey(workspaceId, mapId),
        ...header.build(),
      } as TransactItem['Update'],
    },
    {
      Put: {
        TableName: table,
        Item: historyItem(workspaceId, mapId, meta.actor, meta.history, meta.now),
      },
    },
  ];
}

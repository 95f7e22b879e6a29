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
import { CHANGED_BY, changedBy, lastChangeAttribute } from '../history/lastChange';
import { reviewAlertAttributes } from '../reviews/reviewAlert';

/** A restore marker older than this belongs to an interrupted restore and may be taken over. */
export const STALE_RESTORE_MS = 2 * 60 * 1000;

/** The map a restore writes to. */
export interface RestoreTarget {
  table: string;
  workspaceId: string;
  mapId: string;
}

/** The header's update, conditioned by `header`, returning the item found when it fails. */
function headerUpdate(target: RestoreTarget, header: ExpressionBuilder): TransactItem {
  return {
    Update: {
      TableName: target.table,
      Key: mapHeaderKey(target.workspaceId, target.mapId),
      ...header.build(),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    } as TransactItem['Update'],
  };
}

/**
 * The restore's history entry and the header's record of it: a restore is one
 * change of the map as a whole (domain/events/mapChange.ts).
 */
function restoreRecords({ workspaceId, mapId }: RestoreTarget, meta: RestoreMeta) {
  const history = historyItem(workspaceId, mapId, meta.actor, meta.history, meta.now);
  const lastChange = lastChangeAttribute(history.id, meta.actor, meta.history, meta.now, {
    changes: [{ entity: 'JourneyMap', entityId: mapId, change: 'UPDATED', fields: [] }],
    omitted: 0,
  });
  return { history, lastChange };
}

/** A restored part, stamped with who restored it (history/lastChange.ts). */
export const restoredPart = (
  { workspaceId, mapId }: RestoreTarget,
  meta: RestoreMeta,
  { part, record }: RestorePlan['all'][number],
): Item => ({ ...partItem(workspaceId, mapId, part, record), [CHANGED_BY]: changedBy(meta.actor) });

function restoredHeader(plan: RestorePlan, meta: RestoreMeta, lastChange: object) {
  return new ExpressionBuilder()
    .setAll({
      ...plan.header,
      ...(plan.header.nextReviewAt ? reviewAlertAttributes(plan.header.nextReviewAt) : {}),
      updatedAt: meta.now,
      partCount: plan.all.length,
      lastChange,
    })
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
  target: RestoreTarget,
  plan: RestorePlan,
  meta: RestoreMeta,
): TransactItem[] {
  const { table, workspaceId, mapId } = target;
  const { history, lastChange } = restoreRecords(target, meta);
  const header = restoredHeader(plan, meta, lastChange)
    .absent('restoringFrom')
    .equals('changeSeq', meta.seenChangeSeq)
    .equals('revision', meta.revision.expected);
  return [
    headerUpdate(target, header),
    ...plan.puts.map((put) => ({
      Put: { TableName: table, Item: restoredPart(target, meta, put) },
    })),
    ...plan.deletes.map(({ part, id }) => ({
      Delete: { TableName: table, Key: partKey(workspaceId, mapId, part, id) },
    })),
    { Put: { TableName: table, Item: history } },
  ];
}

/** Step 1: hold the map (or take over from a restore that was interrupted). */
export function markRestoring(target: RestoreTarget, meta: RestoreMeta): TransactItem {
  const mark = new ExpressionBuilder()
    .setAll({ restoringFrom: meta.version, restoreStartedAt: meta.now })
    .increment('changeSeq')
    .exists()
    .absent('deletedAt')
    .equals('changeSeq', meta.seenChangeSeq)
    .equals('revision', meta.revision.expected);
  const staleBefore = new Date(Date.parse(meta.now) - STALE_RESTORE_MS).toISOString();
  mark.condition(
    `(attribute_not_exists(${mark.name('restoringFrom')}) OR ${mark.name('restoreStartedAt')} < ${mark.value(staleBefore)})`,
  );
  return headerUpdate(target, mark);
}

/** Step 3: the restored header, unmarked, and the history entry. */
export function commitRestore(
  target: RestoreTarget,
  plan: RestorePlan,
  meta: RestoreMeta,
): TransactItem[] {
  const { history, lastChange } = restoreRecords(target, meta);
  const header = restoredHeader(plan, meta, lastChange)
    .removeAll(['restoringFrom', 'restoreStartedAt'])
    .equals('restoringFrom', meta.version)
    .equals('restoreStartedAt', meta.now);
  return [headerUpdate(target, header), { Put: { TableName: target.table, Item: history } }];
}

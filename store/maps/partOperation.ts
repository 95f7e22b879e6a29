/**
 * One change to a part of a map as one operation of the map's transaction,
 * with what its failure means, in storage terms (a missing part, a revision
 * that moved on, a full KPI history); the use case says it to the client.
 */
import type { Actor } from '../../domain/context/actor';
import type { MapChange } from '../../domain/ports/mapWrite';
import type { RevisionCheck, WriteRejection } from '../../domain/ports/writeOutcome';
import { PART_ENTITY } from '../../domain/parts/mapParts';
import type { EntityName } from '../../domain/shared/errors';
import { LIMITS } from '../../domain/validation/limits';
import type { TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import type { Item } from '../items/itemCodec';
import { partItem } from '../items/partItem';
import { partKey } from '../keys';
import { CHANGED_BY, changedBy } from '../history/lastChange';

/** What a failed operation means, given the item it found (when it asked for it). */
export type FailureMeaning = (found: Item | null) => WriteRejection;

/** The meaning of a failed "exists, at this revision" condition. */
export function revisionMeaning(
  entity: EntityName,
  id: string,
  check: RevisionCheck | null,
): FailureMeaning {
  return (found) => {
    if (!found) return { reason: 'notFound', entity, id };
    const current = Number(found.revision);
    if (check && current !== check.expected) {
      return { reason: 'revisionMismatch', entity, id, check, current };
    }
    // The condition failed, yet the item is there at the expected revision: it changed between.
    return { reason: 'mapChanged' };
  };
}

const withOldItem = <T extends object>(operation: T) => ({
  ...operation,
  ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
});

export function partOperation(
  table: string,
  workspaceId: string,
  mapId: string,
  change: MapChange,
  now: string,
  /** Who changes it: stamped on what is written, for the table's stream (history/lastChange.ts). */
  actor: Actor,
): { item: TransactItem; meaning: FailureMeaning; partDelta: number } {
  const entity = PART_ENTITY[change.part];
  const stamp = { [CHANGED_BY]: changedBy(actor) };
  if (change.kind === 'create') {
    const expression = new ExpressionBuilder().notExists().build();
    return {
      item: {
        Put: {
          TableName: table,
          Item: { ...partItem(workspaceId, mapId, change.part, change.record), ...stamp },
          ConditionExpression: expression.ConditionExpression,
          ExpressionAttributeNames: expression.ExpressionAttributeNames,
        },
      },
      meaning: () => ({ reason: 'alreadyExists', entity, id: change.record.id }),
      partDelta: 1,
    };
  }
  if (change.kind === 'replace') {
    const expression = new ExpressionBuilder()
      .exists()
      .equals('revision', change.revision.expected)
      .build();
    return {
      item: {
        Put: withOldItem({
          TableName: table,
          Item: { ...partItem(workspaceId, mapId, change.part, change.record), ...stamp },
          ...expression,
        }),
      },
      meaning: revisionMeaning(entity, change.record.id, change.revision),
      partDelta: 0,
    };
  }
  const Key = partKey(workspaceId, mapId, change.part, change.id);
  if (change.kind === 'require') {
    const expression = new ExpressionBuilder().exists().build();
    return {
      item: {
        ConditionCheck: { TableName: table, Key, ...expression } as TransactItem['ConditionCheck'],
      },
      meaning: () => ({ reason: 'notFound', entity, id: change.id }),
      partDelta: 0,
    };
  }
  if (change.kind === 'appendMeasurement') {
    const b = new ExpressionBuilder();
    const history = b.name('history');
    const limit = LIMITS.kpiHistoryMax;
    const room = limit - change.measurements.length;
    b.setClause(
      `${history} = list_append(if_not_exists(${history}, ${b.value([])}), ${b.value(change.measurements)})`,
    )
      .setAll({ updatedAt: now, ...stamp })
      .increment('revision')
      .exists()
      .condition(`(attribute_not_exists(${history}) OR size(${history}) <= ${b.value(room)})`);
    const { revision } = change;
    if (revision) b.equals('revision', revision.expected);
    return {
      item: {
        Update: withOldItem({ TableName: table, Key, ...b.build() }) as TransactItem['Update'],
      },
      meaning: (found) => {
        if (!found) return { reason: 'notFound', entity, id: change.id };
        const current = Number(found.revision);
        if (revision && current !== revision.expected) {
          return { reason: 'revisionMismatch', entity, id: change.id, check: revision, current };
        }
        return { reason: 'kpiHistoryFull', kpiId: change.id, limit };
      },
      partDelta: 0,
    };
  }
  const b = new ExpressionBuilder().exists();
  if (change.revision) b.equals('revision', change.revision.expected);
  if (change.kind === 'delete') {
    return {
      item: {
        Delete: withOldItem({ TableName: table, Key, ...b.build() }),
      },
      meaning: revisionMeaning(entity, change.id, change.revision),
      partDelta: -1,
    };
  }
  b.setAll({ ...change.set, updatedAt: now, ...stamp }).increment('revision');
  return {
    item: {
      Update: withOldItem({ TableName: table, Key, ...b.build() }) as TransactItem['Update'],
    },
    meaning: revisionMeaning(entity, change.id, change.revision),
    partDelta: 0,
  };
}

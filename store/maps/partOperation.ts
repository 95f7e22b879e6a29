/**
 * One change to a part of a map as one operation of the map's transaction,
 * with what its failure means: NOT_FOUND, CONFLICT (the caller's stale
 * expectedRevision), or contention (a revision the use case read went stale).
 */
import {
  ContentionError,
  alreadyExists,
  badInput,
  notFound,
  staleRevision,
  type EntityName,
} from '../../domain/shared/errors';
import type { MapChange, RevisionCheck } from '../../domain/ports';
import { PART_ENTITY } from '../../domain/records';
import { LIMITS } from '../../domain/validation/limits';
import type { Item } from '../items/itemCodec';
import { partKey } from '../keys';
import { partItem } from '../items/partItem';
import type { TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';

/** What a failed operation means, given the item it found (if it asked for it). */
export type FailureMeaning = (found: Item | null) => Error;

export function revisionMeaning(
  entity: EntityName,
  id: string,
  check: RevisionCheck | null,
): FailureMeaning {
  return (found) => {
    if (!found) return notFound(entity, id);
    if (check && Number(found.revision) !== check.expected) {
      return check.onMismatch === 'CONFLICT'
        ? staleRevision(entity, id, check.expected, Number(found.revision))
        : new ContentionError();
    }
    return new ContentionError();
  };
}

export function partOperation(
  table: string,
  workspaceId: string,
  mapId: string,
  change: MapChange,
  now: string,
): { item: TransactItem; meaning: FailureMeaning; partDelta: number } {
  const entity = PART_ENTITY[change.part];
  if (change.kind === 'create') {
    const expression = new ExpressionBuilder().notExists().build();
    return {
      item: {
        Put: {
          TableName: table,
          Item: partItem(workspaceId, mapId, change.part, change.record),
          ConditionExpression: expression.ConditionExpression,
          ExpressionAttributeNames: expression.ExpressionAttributeNames,
        },
      },
      meaning: () => alreadyExists(entity, change.record.id),
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
        Put: {
          TableName: table,
          Item: partItem(workspaceId, mapId, change.part, change.record),
          ...expression,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        } as TransactItem['Put'],
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
      meaning: () => notFound(entity, change.id),
      partDelta: 0,
    };
  }
  if (change.kind === 'appendMeasurement') {
    const b = new ExpressionBuilder();
    const history = b.name('history');
    b.setClause(
      `${history} = list_append(if_not_exists(${history}, ${b.value([])}), ${b.value([change.measurement])})`,
    )
      .setAll({ updatedAt: now })
      .increment('revision')
      .exists()
      .condition(
        `(attribute_not_exists(${history}) OR size(${history}) < ${b.value(LIMITS.kpiHistoryMax)})`,
      );
    return {
      item: {
        Update: {
          TableName: table,
          Key,
          ...b.build(),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        } as TransactItem['Update'],
      },
      meaning: (found) =>
        found
          ? badInput([
              {
                path: ['input', 'kpiId'],
                message: `this KPI already has ${LIMITS.kpiHistoryMax} measurements`,
              },
            ])
          : notFound(entity, change.id),
      partDelta: 0,
    };
  }
  const b = new ExpressionBuilder().exists();
  if (change.revision) b.equals('revision', change.revision.expected);
  if (change.kind === 'delete') {
    return {
      item: {
        Delete: {
          TableName: table,
          Key,
          ...b.build(),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        } as TransactItem['Delete'],
      },
      meaning: revisionMeaning(entity, change.id, change.revision),
      partDelta: -1,
    };
  }
  b.setAll({ ...change.set, updatedAt: now }).increment('revision');
  return {
    item: {
      Update: {
        TableName: table,
        Key,
        ...b.build(),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      } as TransactItem['Update'],
    },
    meaning: revisionMeaning(entity, change.id, change.revision),
    partDelta: 0,
  };
}

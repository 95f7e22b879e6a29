/**
 * Turns a MapWrite into one TransactWriteItems request, and says what each
 * operation's failure means. Pure: no I/O, unit-tested in
 * tests/unit/store/maps/mapWriteTransaction.test.ts.
 *
 * Every transaction also updates the map header: `changeSeq + 1` (so that
 * writes needing a stable map can condition on it), `updatedAt`, the
 * `partCount` that caps the map's size and `lastChange` (what the change did,
 * for the table's stream: history/lastChange.ts); and puts one history entry.
 */
import type { MapWrite } from '../../domain/ports/mapWrite';
import type { WriteRejection } from '../../domain/ports/writeOutcome';
import { LIMITS } from '../../domain/validation/limits';
import type { CancellationReason } from '../dynamo/dynamoErrors';
import { mapHeaderKey, partKey, personaKey } from '../keys';
import { TRANSACTION_ITEM_LIMIT, type TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { historyItem } from '../history/historyItem';
import { lastChangeAttribute, type LastChangeAttribute } from '../history/lastChange';
import { reviewAlertAttributes } from '../reviews/reviewAlert';
import { writeChanges } from '../../domain/events/writeChanges';
import { partOperation, type FailureMeaning } from './partOperation';

export interface BuiltTransaction {
  items: TransactItem[];
  meanings: FailureMeaning[];
  /** Unreachable parts left to delete after the transaction (it had no room for them). */
  deferredCleanup: { PK: string; SK: string }[];
}

function headerOperation(
  table: string,
  workspaceId: string,
  mapId: string,
  write: MapWrite,
  partDelta: number,
  lastChange: LastChangeAttribute,
): { item: TransactItem; meaning: FailureMeaning } {
  const b = new ExpressionBuilder()
    .setAll({
      ...(write.header ?? {}),
      // A new review date arms the review reminder again (reviews/reviewAlert.ts).
      ...(write.header?.nextReviewAt ? reviewAlertAttributes(write.header.nextReviewAt) : {}),
      updatedAt: write.now,
      lastChange,
    })
    .increment('changeSeq')
    .exists()
    .absent('deletedAt')
    // A large restore in progress holds the map: writes wait for it (retried as contention).
    .absent('restoringFrom')
    .absent('pendingCreation');
  if (write.header && Object.keys(write.header).length > 0) b.increment('revision');

  if (partDelta !== 0) b.increment('partCount', partDelta);
  if (partDelta > 0)
    b.condition(`${b.name('partCount')} <= ${b.value(LIMITS.partsPerMap - partDelta)}`);
  if (write.revision) b.equals('revision', write.revision.expected);
  if (write.expectedChangeSeq !== undefined) b.equals('changeSeq', write.expectedChangeSeq);
  const built = b.build();
  return {
    item: {
      Update: {
        TableName: table,
        Key: mapHeaderKey(workspaceId, mapId),
        ...built,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      } as TransactItem['Update'],
    },
    meaning: (found) => {
      if (!found || found.deletedAt) return { reason: 'notFound', entity: 'JourneyMap', id: mapId };
      const current = Number(found.revision);
      if (write.revision && current !== write.revision.expected) {
        return {
          reason: 'revisionMismatch',
          entity: 'JourneyMap',
          id: mapId,
          check: write.revision,
          current,
        };
      }
      if (partDelta > 0 && Number(found.partCount) > LIMITS.partsPerMap - partDelta) {
        return { reason: 'mapFull', partCount: Number(found.partCount), limit: LIMITS.partsPerMap };
      }
      // Its changeSeq moved, or a large restore holds it: read again and redo.
      return { reason: 'mapChanged' };
    },
  };
}

export function buildMapWriteTransaction(
  table: string,
  workspaceId: string,
  mapId: string,
  write: MapWrite,
): BuiltTransaction {
  const items: TransactItem[] = [];
  const meanings: FailureMeaning[] = [];
  let partDelta = 0;
  const parts = write.changes.map((change) =>
    partOperation(table, workspaceId, mapId, change, write.now, write.actor),
  );
  for (const op of parts) partDelta += op.partDelta;
  const cleanupKeys = (write.cleanup ?? []).map((c) => partKey(workspaceId, mapId, c.part, c.id));
  partDelta -= cleanupKeys.length;

  const history = historyItem(workspaceId, mapId, write.actor, write.history, write.now);
  const lastChange = lastChangeAttribute(
    history.id,
    write.actor,
    write.history,
    write.now,
    writeChanges(mapId, write),
  );
  // The header goes first: when the map itself is missing, that is the error to report.
  const header = headerOperation(table, workspaceId, mapId, write, partDelta, lastChange);
  items.push(header.item);
  meanings.push(header.meaning);
  for (const op of parts) {
    items.push(op.item);
    meanings.push(op.meaning);
  }
  for (const personaId of write.requirePersonas ?? []) {
    const expression = new ExpressionBuilder().exists().build();
    items.push({
      ConditionCheck: {
        TableName: table,
        Key: personaKey(workspaceId, personaId),
        ...expression,
      } as TransactItem['ConditionCheck'],
    });
    meanings.push(() => ({ reason: 'notFound', entity: 'Persona', id: personaId }));
  }
  items.push({ Put: { TableName: table, Item: history } });
  meanings.push(() => ({ reason: 'mapChanged' }));

  const room = TRANSACTION_ITEM_LIMIT - items.length;
  const inline = cleanupKeys.length <= room ? cleanupKeys : [];
  for (const Key of inline) {
    items.push({ Delete: { TableName: table, Key } });
    meanings.push(() => ({ reason: 'mapChanged' }));
  }
  return {
    items,
    meanings,
    deferredCleanup: inline.length === cleanupKeys.length ? [] : cleanupKeys,
  };
}

/** What a cancelled transaction stands for: the first failed operation's meaning. */
export function cancellationRejection(
  reasons: CancellationReason[],
  meanings: FailureMeaning[],
): WriteRejection {
  // A conflict makes the other reasons unreliable: the race is the news.
  if (reasons.some((r) => r.code === 'TransactionConflict')) return { reason: 'contention' };
  const index = reasons.findIndex((r) => r.code === 'ConditionalCheckFailed');
  const meaning = meanings[index];
  if (meaning) return meaning(reasons[index]?.item ?? null);
  // Anything else (a validation error, throttling inside the transaction) is not the caller's.
  const detail = reasons.map((r) => `${r.code}${r.message ? `: ${r.message}` : ''}`).join('; ');
  throw new Error(`Transaction cancelled: ${detail}`);
}

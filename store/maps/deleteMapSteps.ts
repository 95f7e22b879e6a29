/**
 * The requests of a map deletion. The header is first marked deleted and
 * taken off the workspace list in one write, which every reader and writer
 * sees at once; then the rest of the partition (parts, history, versions) is
 * swept, and the header last, so an interrupted deletion can be resumed.
 * The mark is the deletion's change for the table's stream (`lastChange`,
 * `changeSeq + 1`): the history entry it would have goes with the map.
 */
import type { QueryCommandInput } from '../dynamo/commands';
import { newId } from '../../domain/shared/ids';
import type { Actor } from '../../domain/context/actor';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import { lastChangeAttribute } from '../history/lastChange';
import { REVIEW_ALERT_ATTRIBUTES } from '../reviews/reviewAlert';
import type { TransactItem } from '../dynamo/transactionLimits';
import { mapHeaderKey, mapPartition } from '../keys';
import { ExpressionBuilder } from '../dynamo/updateExpression';

export function deleteMapSteps(
  table: string,
  workspaceId: string,
  mapId: string,
  expectedRevision: number | null,
  meta: { actor: Actor; history: HistoryNote; now: string },
) {
  const { now } = meta;
  const headerKey = mapHeaderKey(workspaceId, mapId);
  const lastChange = lastChangeAttribute(newId(Date.parse(now)), meta.actor, meta.history, now, {
    changes: [{ entity: 'JourneyMap', entityId: mapId, change: 'DELETED', fields: [] }],
    omitted: 0,
  });
  const mark = new ExpressionBuilder()
    .setAll({ deletedAt: now, lastChange })
    .increment('changeSeq')
    // Leaving the Workspace and ReviewDue indexes takes the map off every list and reminder.
    .removeAll(['wsPK', 'wsSK', ...REVIEW_ALERT_ATTRIBUTES])
    .exists()
    .absent('deletedAt');
  if (expectedRevision !== null) mark.equals('revision', expectedRevision);
  const markDeleted: TransactItem = {
    Update: { TableName: table, Key: headerKey, ...mark.build() } as TransactItem['Update'],
  };
  const listKeys: QueryCommandInput = {
    TableName: table,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
    ExpressionAttributeValues: { ':pk': mapPartition(workspaceId, mapId) },
    ProjectionExpression: '#pk, #sk',
  };
  return { headerKey, markDeleted, listKeys };
}

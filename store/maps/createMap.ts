/** Creates a map: one transaction, or the steps of createMapTransaction.ts for a large one. */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { ContentionError, alreadyExists } from '../../domain/shared/errors';
import { newId } from '../../domain/shared/ids';
import type { Actor, HistoryNote } from '../../domain/ports';
import type { MapContents } from '../../domain/records';
import { batchPut } from '../dynamo/batchWrite';
import type { Dynamo } from '../dynamo/dynamoClient';
import type { CancellationReason } from '../dynamo/dynamoErrors';
import { sendTransaction } from '../dynamo/transact';
import { buildCreateMapTransaction } from './createMapTransaction';
import { deletePendingHeaderParams } from './mapParams';
import { sweepParts } from './sweepParts';

export async function createMap(
  dynamo: Dynamo,
  workspaceId: string,
  contents: MapContents,
  meta: { actor: Actor; history: HistoryNote },
): Promise<void> {
  const table = dynamo.tableName;
  const mapId = contents.header.id;
  const token = newId();
  const steps = buildCreateMapTransaction(table, workspaceId, contents, {
    ...meta,
    now: new Date().toISOString(),
    token,
  });
  const explain = (reasons: CancellationReason[]) => {
    const index = reasons.findIndex((r) => r.code === 'ConditionalCheckFailed');
    if (index === 0 && !steps.reserve) return alreadyExists('JourneyMap', mapId);
    return steps.meanings[index]?.() ?? new ContentionError();
  };
  if (!steps.reserve) {
    await sendTransaction(dynamo, steps.items, explain);
    return;
  }
  await sendTransaction(dynamo, [steps.reserve], () => alreadyExists('JourneyMap', mapId));
  try {
    // A creation that died may have left parts behind: the map is not visible yet, so none belong to it.
    await sweepParts(dynamo, workspaceId, mapId);
    await batchPut(dynamo, steps.staged);
    await sendTransaction(dynamo, steps.items, explain);
  } catch (error) {
    await sweepParts(dynamo, workspaceId, mapId).catch(() => undefined);
    await dynamo.doc
      .send(new DeleteCommand(deletePendingHeaderParams(table, workspaceId, mapId, token)))
      .catch(() => undefined);
    throw error;
  }
  await batchPut(dynamo, steps.indexAfter);
}

/** Deletes a map, its parts, history and versions (deleteMapSteps.ts says how). */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { notFound, staleRevision } from '../../domain/shared/errors';
import { batchDelete } from '../dynamo/batchWrite';
import type { Dynamo } from '../dynamo/dynamoClient';
import { PART_PREFIX } from '../keys';
import { queryAll } from '../dynamo/queryAll';
import { sendTransaction } from '../dynamo/transact';
import { deleteMapSteps } from './deleteMapSteps';
import { readHeaderParams } from './mapParams';

export async function deleteMap(
  dynamo: Dynamo,
  workspaceId: string,
  mapId: string,
  expectedRevision: number | null,
): Promise<void> {
  const table = dynamo.tableName;
  const steps = deleteMapSteps(
    table,
    workspaceId,
    mapId,
    expectedRevision,
    new Date().toISOString(),
  );
  const header = await dynamo.doc.send(new GetCommand(readHeaderParams(table, workspaceId, mapId)));
  if (!header.Item) throw notFound('JourneyMap', mapId);
  if (!header.Item.deletedAt) {
    if (expectedRevision !== null && Number(header.Item.revision) !== expectedRevision) {
      throw staleRevision('JourneyMap', mapId, expectedRevision, Number(header.Item.revision));
    }
    // Step 1, the one readers see: the map disappears from reads, lists and writes at once.
    await sendTransaction(dynamo, [steps.markDeleted], () => notFound('JourneyMap', mapId));
  }
  // Step 2: sweep every other item of the partition; a retried delete resumes here.
  // Improvements go first: they are the only items other lists (the backlog indexes) show.
  const keys = (await queryAll(dynamo, steps.listKeys))
    .filter((k) => k.SK !== steps.headerKey.SK)
    .map((k) => ({ PK: String(k.PK), SK: String(k.SK) }));
  const isImprovement = (k: { SK: string }) => k.SK.startsWith(PART_PREFIX.improvement);
  await batchDelete(dynamo, keys.filter(isImprovement));
  await batchDelete(
    dynamo,
    keys.filter((k) => !isImprovement(k)),
  );

  await batchDelete(dynamo, [steps.headerKey]);
}

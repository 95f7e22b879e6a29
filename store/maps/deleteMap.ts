/** Deletes a map, its parts, history and versions (deleteMapSteps.ts says how). */
import { GetCommand } from '../dynamo/commands';
import type { Actor } from '../../domain/context/actor';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import { rejected, written, type WriteOutcome } from '../../domain/ports/writeOutcome';
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
  meta: { actor: Actor; history: HistoryNote },
): Promise<WriteOutcome> {
  const table = dynamo.tableName;
  const steps = deleteMapSteps(table, workspaceId, mapId, expectedRevision, {
    ...meta,
    now: new Date().toISOString(),
  });
  const header = await dynamo.doc.send(new GetCommand(readHeaderParams(table, workspaceId, mapId)));
  const missing = { reason: 'notFound', entity: 'JourneyMap', id: mapId } as const;
  // A map still being created is absent for every reader and writer, deletes included.
  if (!header.Item || header.Item.pendingCreation) return rejected(missing);
  if (!header.Item.deletedAt) {
    const current = Number(header.Item.revision);
    if (expectedRevision !== null && current !== expectedRevision) {
      return rejected({
        reason: 'revisionMismatch',
        entity: 'JourneyMap',
        id: mapId,
        check: { expected: expectedRevision, source: 'caller' },
        current,
      });
    }
    // Step 1, the one readers see: the map disappears from reads, lists and writes at once.
    const marked = await sendTransaction(dynamo, [steps.markDeleted], () => missing);
    if (!marked.ok) return marked;
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
  return written();
}

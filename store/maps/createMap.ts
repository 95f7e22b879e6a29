/** Creates a map: one transaction, or the steps of createMapTransaction.ts for a large one. */
import { DeleteCommand } from '../dynamo/commands';
import type { Actor } from '../../domain/context/actor';
import type { MapContents } from '../../domain/maps/mapContents';
import type { PersonaRecord } from '../../domain/personas/persona';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import { written, type WriteOutcome, type WriteRejection } from '../../domain/ports/writeOutcome';
import { newId } from '../../domain/shared/ids';
import { batchPut } from '../dynamo/batchWrite';
import type { Dynamo } from '../dynamo/dynamoClient';
import type { CancellationReason } from '../dynamo/dynamoErrors';
import { sendTransaction } from '../dynamo/transact';
import { buildCreateMapTransaction, isAbandoned } from './createMapTransaction';
import { deletePendingHeaderParams } from './mapParams';
import { sweepParts } from './sweepParts';

export async function createMap(
  dynamo: Dynamo,
  workspaceId: string,
  contents: MapContents,
  meta: { actor: Actor; history: HistoryNote; newPersonas?: readonly PersonaRecord[] },
): Promise<WriteOutcome> {
  const table = dynamo.tableName;
  const mapId = contents.header.id;
  const token = newId();
  const now = new Date().toISOString();
  const build = (inSteps: boolean) =>
    buildCreateMapTransaction(table, workspaceId, contents, { ...meta, now, token }, { inSteps });
  let steps = build(false);
  const abandoned = { found: false };
  const explain = (reasons: CancellationReason[]): WriteRejection => {
    const index = reasons.findIndex((r) => r.code === 'ConditionalCheckFailed');
    if (index === 0 && isAbandoned(reasons[0]?.item ?? null, now)) abandoned.found = true;
    return (
      steps.meanings[index]?.() ?? { reason: 'alreadyExists', entity: 'JourneyMap', id: mapId }
    );
  };
  if (!steps.reserve) {
    const outcome = await sendTransaction(dynamo, steps.items, explain);
    if (outcome.ok || !abandoned.found) return outcome;
    // The id is held by a creation that died: take it over the long way, which sweeps what it left.
    steps = build(true);
  }
  const reserve = steps.reserve;
  if (!reserve) throw new Error('A creation in steps always has a reservation');

  const reserved = await sendTransaction(
    dynamo,
    [reserve],
    () => ({ reason: 'alreadyExists', entity: 'JourneyMap', id: mapId }),
    { commits: false },
  );
  if (!reserved.ok) return reserved;
  const undo = async () => {
    await sweepParts(dynamo, workspaceId, mapId).catch(() => undefined);
    await dynamo.doc
      .send(new DeleteCommand(deletePendingHeaderParams(table, workspaceId, mapId, token)))
      .catch(() => undefined);
  };
  try {
    // A creation that died may have left parts behind: the map is not visible yet, so none belong to it.
    await sweepParts(dynamo, workspaceId, mapId);
    await batchPut(dynamo, steps.staged);
    const unveiled = await sendTransaction(dynamo, steps.items, explain);
    if (!unveiled.ok) {
      await undo();
      return unveiled;
    }
  } catch (error) {
    await undo();
    throw error;
  }
  await batchPut(dynamo, steps.indexAfter);
  return written();
}

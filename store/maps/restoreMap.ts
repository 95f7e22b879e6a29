/** Restores a version into the draft: one transaction, or the steps of restoreSteps.ts. */
import type { WriteOutcome } from '../../domain/ports/writeOutcome';
import type { RestoreMeta } from '../../domain/ports/mapStore';
import type { RestorePlan } from '../../domain/versions/planRestore';
import { batchDelete, batchPut } from '../dynamo/batchWrite';
import type { Dynamo } from '../dynamo/dynamoClient';
import { HEADER_SK, partKey } from '../keys';
import { queryAll } from '../dynamo/queryAll';
import { sendTransaction } from '../dynamo/transact';
import { fitsInOneTransaction } from '../dynamo/transactionLimits';
import { readMapParams } from './mapParams';
import {
  commitRestore,
  headerMeaning,
  markRestoring,
  restoredPart,
  singleRestoreTransaction,
} from './restoreSteps';

export async function restoreMap(
  dynamo: Dynamo,
  workspaceId: string,
  mapId: string,
  plan: RestorePlan,
  meta: RestoreMeta,
): Promise<WriteOutcome> {
  const table = dynamo.tableName;
  const target = { table, workspaceId, mapId };
  const single = singleRestoreTransaction(target, plan, meta);
  if (fitsInOneTransaction(single)) {
    // The header's own condition tells when an interrupted restore holds the map: only then
    // does this restore take the long way, and take it over.
    const takeover = { needed: false };
    const outcome = await sendTransaction(dynamo, single, (reasons) => {
      const found = reasons[0]?.code === 'ConditionalCheckFailed' ? reasons[0].item : undefined;
      if (found?.restoringFrom !== undefined) takeover.needed = true;
      return found !== undefined ? headerMeaning(mapId, meta)(found) : { reason: 'mapChanged' };
    });
    if (outcome.ok || !takeover.needed) return outcome;
  }
  // Too large for one transaction, or taking over an interrupted restore.
  const marked = await sendTransaction(
    dynamo,
    [markRestoring(target, meta)],
    (reasons) => headerMeaning(mapId, meta)(reasons[0]?.item ?? null),
    { commits: false },
  );
  if (!marked.ok) return marked;
  const wanted = new Set(
    plan.all.map(({ part, record }) => partKey(workspaceId, mapId, part, record.id).SK),
  );
  const existing = await queryAll(dynamo, readMapParams(table, workspaceId, mapId));
  await batchPut(
    dynamo,
    plan.all.map((put) => restoredPart(target, meta, put)),
  );
  await batchDelete(
    dynamo,
    existing
      .filter((item) => item.SK !== HEADER_SK && !wanted.has(String(item.SK)))
      .map((item) => ({ PK: String(item.PK), SK: String(item.SK) })),
  );
  // Only a takeover by another restore (after STALE_RESTORE_MS) can fail this: the map moved on.
  return sendTransaction(dynamo, commitRestore(target, plan, meta), () => ({
    reason: 'mapChanged',
  }));
}

/** Restores a version into the draft: one transaction, or the steps of restoreSteps.ts. */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ContentionError } from '../../domain/errors';
import type { RestoreMeta } from '../../domain/ports';
import type { RestorePlan } from '../../domain/versions/planRestore';
import { batchDelete, batchPut } from '../batchWrite';
import type { Dynamo } from '../dynamoClient';
import { HEADER_SK, partKey } from '../keys';
import { partItem } from '../partItem';
import { queryAll } from '../queryAll';
import { sendTransaction } from '../transact';
import { fitsInOneTransaction } from '../transactionLimits';
import { readHeaderParams, readMapParams } from './mapParams';
import {
  commitRestore,
  headerMeaning,
  markRestoring,
  singleRestoreTransaction,
} from './restoreSteps';

export async function restoreMap(
  dynamo: Dynamo,
  workspaceId: string,
  mapId: string,
  plan: RestorePlan,
  meta: RestoreMeta,
): Promise<void> {
  const table = dynamo.tableName;
  const single = singleRestoreTransaction(table, workspaceId, mapId, plan, meta);
  const { Item: header } = await dynamo.doc.send(
    new GetCommand(readHeaderParams(table, workspaceId, mapId)),
  );
  const interrupted = header?.restoringFrom !== undefined;
  if (fitsInOneTransaction(single) && !interrupted) {
    await sendTransaction(dynamo, single, (reasons) =>
      reasons[0]?.code === 'ConditionalCheckFailed'
        ? headerMeaning(mapId, meta)(reasons[0].item)
        : new ContentionError('The map changed while it was being restored.'),
    );
    return;
  }
  // Too large for one transaction, or taking over an interrupted restore.
  await sendTransaction(dynamo, [markRestoring(table, workspaceId, mapId, meta)], (reasons) =>
    headerMeaning(mapId, meta)(reasons[0]?.item ?? null),
  );
  const wanted = new Set(
    plan.all.map(({ part, record }) => partKey(workspaceId, mapId, part, record.id).SK),
  );
  const existing = await queryAll(dynamo, readMapParams(table, workspaceId, mapId));
  await batchPut(
    dynamo,
    plan.all.map(({ part, record }) => partItem(workspaceId, mapId, part, record)),
  );
  await batchDelete(
    dynamo,
    existing
      .filter((item) => item.SK !== HEADER_SK && !wanted.has(String(item.SK)))
      .map((item) => ({ PK: String(item.PK), SK: String(item.SK) })),
  );
  await sendTransaction(
    dynamo,
    commitRestore(table, workspaceId, mapId, plan, meta),
    () => new ContentionError(),
  );
}

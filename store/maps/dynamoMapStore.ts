/**
 * Journey maps in DynamoDB. One partition per map holds the header and every
 * part (read whole with one Query per MB), its history and its published
 * versions. Every write to a map is one transaction that also bumps the
 * header's change counter and records a history entry; creating a large map,
 * restoring a large version and deleting a map take steps that readers cannot
 * tell from one (createMapTransaction.ts, restoreSteps.ts, deleteMapSteps.ts).
 */
import { DeleteCommand, GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ULID_PATTERN, newId } from '../../domain/ids';
import type { CancellationReason } from '../dynamoErrors';
import { ContentionError, alreadyExists, notFound, staleRevision } from '../../domain/errors';
import type {
  Actor,
  HistoryNote,
  MapFilter,
  MapStore,
  MapWrite,
  Page,
  PageRequest,
  RestoreMeta,
  VersionStore,
} from '../../domain/ports';
import type {
  MapContents,
  MapHeaderRecord,
  MapPartKind,
  MapPartRecords,
} from '../../domain/records';

import { batchDelete, batchPut } from '../batchWrite';
import { partItem } from '../partItem';
import {
  commitRestore,
  headerMeaning,
  markRestoring,
  singleRestoreTransaction,
} from './restoreSteps';
import type { RestorePlan } from '../../domain/versions/planRestore';
import { countQuery } from '../countQuery';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Dynamo } from '../dynamoClient';
import { headerFromItem, partFromItem } from '../itemCodec';
import { HEADER_SK, PART_PREFIX, mapHeaderKey, partKey } from '../keys';
import { batchGet } from '../batchGet';
import { queryAll } from '../queryAll';
import { queryPage } from '../queryPage';
import { sendTransaction } from '../transact';
import { fitsInOneTransaction } from '../transactionLimits';
import { contentsFromItems } from './contentsFromItems';
import { buildCreateMapTransaction } from './createMapTransaction';
import { deleteMapSteps } from './deleteMapSteps';
import {
  deletePendingHeaderParams,
  listMapsParams,
  readHeaderParams,
  readMapParams,
} from './mapParams';
import { buildMapWriteTransaction, cancellationError } from './mapWriteTransaction';

export class DynamoMapStore implements MapStore {
  constructor(
    private readonly dynamo: Dynamo,
    /** Reads the version a large restore in progress is restoring. */
    private readonly versions: VersionStore,
  ) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async read(workspaceId: string, mapId: string): Promise<MapContents | null> {
    const items = await queryAll(this.dynamo, readMapParams(this.table, workspaceId, mapId));
    const contents = contentsFromItems(items);
    const restoringFrom = items.find((item) => item.SK === HEADER_SK)?.restoringFrom;
    if (!contents || typeof restoringFrom !== 'number') return contents;
    // A large restore is under way: readers see the version it restores, whole, as the draft.
    const version = await this.versions.read(workspaceId, mapId, restoringFrom);
    if (!version) return contents;
    const { header } = contents;
    return {
      ...version.snapshot.contents,
      header: {
        ...version.snapshot.contents.header,
        id: header.id,
        createdAt: header.createdAt,
        updatedAt: header.updatedAt,
        revision: header.revision,
        changeSeq: header.changeSeq,
        latestVersion: header.latestVersion,
      },
    };
  }

  async readHeader(workspaceId: string, mapId: string): Promise<MapHeaderRecord | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(readHeaderParams(this.table, workspaceId, mapId)),
    );
    return item && !item.deletedAt && !item.pendingCreation ? headerFromItem(item) : null;
  }

  async readHeaders(
    workspaceId: string,
    mapIds: readonly string[],
  ): Promise<Map<string, MapHeaderRecord>> {
    const items = await batchGet(
      this.dynamo,
      [...new Set(mapIds)].map((id) => mapHeaderKey(workspaceId, id)),
    );
    const headers = new Map<string, MapHeaderRecord>();
    for (const item of items) {
      if (item.deletedAt || item.pendingCreation) continue;
      const header = headerFromItem(item);
      headers.set(header.id, header);
    }
    return headers;
  }

  async readPart<K extends MapPartKind>(
    workspaceId: string,
    mapId: string,
    part: K,
    id: string,
  ): Promise<MapPartRecords[K] | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: partKey(workspaceId, mapId, part, id),
        ConsistentRead: true,
      }),
    );
    return item ? partFromItem(part, item) : null;
  }

  async list(
    workspaceId: string,
    filter: MapFilter,
    page: PageRequest,
  ): Promise<Page<MapHeaderRecord>> {
    const after = page.after ? decodeCursor(page.after, { mapId: ULID_PATTERN }).mapId : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const found = await queryPage(
      this.dynamo,
      listMapsParams(this.table, workspaceId, filter, after, undefined),
      page.first,
    );
    return {
      items: found.slice(0, page.first).map((item) => {
        const header = headerFromItem(item);
        return { node: header, cursor: encodeCursor({ mapId: header.id }) };
      }),
      hasNextPage: found.length > page.first,
    };
  }

  count(workspaceId: string, filter: MapFilter): Promise<number> {
    const { Limit: _limit, ...params }: QueryCommandInput = listMapsParams(
      this.table,
      workspaceId,
      filter,
      null,
      undefined,
    );
    return countQuery(this.dynamo, params);
  }

  async create(
    workspaceId: string,
    contents: MapContents,
    meta: { actor: Actor; history: HistoryNote },
  ): Promise<void> {
    const mapId = contents.header.id;
    const token = newId();
    const steps = buildCreateMapTransaction(this.table, workspaceId, contents, {
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
      await sendTransaction(this.dynamo, steps.items, explain);
      return;
    }
    await sendTransaction(this.dynamo, [steps.reserve], () => alreadyExists('JourneyMap', mapId));
    try {
      // A creation that died may have left parts behind: the map is not visible yet, so none belong to it.
      await this.sweepParts(workspaceId, mapId);
      await batchPut(this.dynamo, steps.staged);
      await sendTransaction(this.dynamo, steps.items, explain);
    } catch (error) {
      await this.sweepParts(workspaceId, mapId).catch(() => undefined);
      await this.dynamo.doc
        .send(new DeleteCommand(deletePendingHeaderParams(this.table, workspaceId, mapId, token)))
        .catch(() => undefined);
      throw error;
    }
    await batchPut(this.dynamo, steps.indexAfter);
  }

  /** Deletes every content item of a map but its header. */
  private async sweepParts(workspaceId: string, mapId: string): Promise<void> {
    const items = await queryAll(this.dynamo, {
      ...readMapParams(this.table, workspaceId, mapId),
      ProjectionExpression: '#pk, #sk',
    });
    await batchDelete(
      this.dynamo,
      items.filter((i) => i.SK !== HEADER_SK).map((i) => ({ PK: String(i.PK), SK: String(i.SK) })),
    );
  }

  async restore(
    workspaceId: string,
    mapId: string,
    plan: RestorePlan,
    meta: RestoreMeta,
  ): Promise<void> {
    const single = singleRestoreTransaction(this.table, workspaceId, mapId, plan, meta);
    const { Item: header } = await this.dynamo.doc.send(
      new GetCommand(readHeaderParams(this.table, workspaceId, mapId)),
    );
    const interrupted = header?.restoringFrom !== undefined;
    if (fitsInOneTransaction(single) && !interrupted) {
      await sendTransaction(this.dynamo, single, (reasons) =>
        reasons[0]?.code === 'ConditionalCheckFailed'
          ? headerMeaning(mapId, meta)(reasons[0].item)
          : new ContentionError('The map changed while it was being restored.'),
      );
      return;
    }
    // Too large for one transaction, or taking over an interrupted restore.
    await sendTransaction(
      this.dynamo,
      [markRestoring(this.table, workspaceId, mapId, meta)],
      (reasons) => headerMeaning(mapId, meta)(reasons[0]?.item ?? null),
    );
    const wanted = new Set(
      plan.all.map(({ part, record }) => partKey(workspaceId, mapId, part, record.id).SK),
    );
    const existing = await queryAll(this.dynamo, readMapParams(this.table, workspaceId, mapId));
    await batchPut(
      this.dynamo,
      plan.all.map(({ part, record }) => partItem(workspaceId, mapId, part, record)),
    );
    await batchDelete(
      this.dynamo,
      existing
        .filter((item) => item.SK !== HEADER_SK && !wanted.has(String(item.SK)))
        .map((item) => ({ PK: String(item.PK), SK: String(item.SK) })),
    );
    await sendTransaction(
      this.dynamo,
      commitRestore(this.table, workspaceId, mapId, plan, meta),
      () => new ContentionError(),
    );
  }

  async write(workspaceId: string, mapId: string, write: MapWrite): Promise<void> {
    const built = buildMapWriteTransaction(this.table, workspaceId, mapId, write);
    await sendTransaction(this.dynamo, built.items, (reasons) =>
      cancellationError(reasons, built.meanings),
    );
    // Unreachable already (their parent is gone); deleting them only reclaims space.
    if (built.deferredCleanup.length > 0) await batchDelete(this.dynamo, built.deferredCleanup);
  }

  async delete(workspaceId: string, mapId: string, expectedRevision: number | null): Promise<void> {
    const steps = deleteMapSteps(
      this.table,
      workspaceId,
      mapId,
      expectedRevision,
      new Date().toISOString(),
    );
    const header = await this.dynamo.doc.send(
      new GetCommand(readHeaderParams(this.table, workspaceId, mapId)),
    );
    if (!header.Item) throw notFound('JourneyMap', mapId);
    if (!header.Item.deletedAt) {
      if (expectedRevision !== null && Number(header.Item.revision) !== expectedRevision) {
        throw staleRevision('JourneyMap', mapId, expectedRevision, Number(header.Item.revision));
      }
      // Step 1, the one readers see: the map disappears from reads, lists and writes at once.
      await sendTransaction(this.dynamo, [steps.markDeleted], () => notFound('JourneyMap', mapId));
    }
    // Step 2: sweep every other item of the partition; a retried delete resumes here.
    // Improvements go first: they are the only items other lists (the backlog indexes) show.
    const keys = (await queryAll(this.dynamo, steps.listKeys))
      .filter((k) => k.SK !== steps.headerKey.SK)
      .map((k) => ({ PK: String(k.PK), SK: String(k.SK) }));
    const isImprovement = (k: { SK: string }) => k.SK.startsWith(PART_PREFIX.improvement);
    await batchDelete(this.dynamo, keys.filter(isImprovement));
    await batchDelete(
      this.dynamo,
      keys.filter((k) => !isImprovement(k)),
    );

    await batchDelete(this.dynamo, [steps.headerKey]);
  }

  async linkingPersona(workspaceId: string, personaId: string): Promise<MapHeaderRecord[]> {
    const items = await queryAll(
      this.dynamo,
      listMapsParams(
        this.table,
        workspaceId,
        { status: null, state: null, tag: null, reviewDueBefore: null, personaId },
        null,
        undefined,
      ),
    );
    return items.map(headerFromItem);
  }
}

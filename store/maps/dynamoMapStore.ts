/**
 * Journey maps in DynamoDB. One partition per map holds the header and every
 * part (read whole with one Query per MB), its history and its published
 * versions. Every write to a map is one transaction that also bumps the
 * header's change counter and records a history entry; creating a large map,
 * restoring a large version and deleting a map take steps that readers cannot
 * tell from one (createMapTransaction.ts, restoreSteps.ts, deleteMapSteps.ts).
 */
import { GetCommand, type QueryCommandInput } from '../dynamo/commands';
import { ULID_PATTERN } from '../../domain/shared/ids';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Actor } from '../../domain/context/actor';
import type { Page, PageRequest } from '../../domain/paging/page';
import type { MapFilter, MapStore, RestoreMeta } from '../../domain/ports/mapStore';
import type { HistoryNote, MapWrite } from '../../domain/ports/mapWrite';
import type { VersionStore } from '../../domain/ports/versionStore';
import type { MapHeaderRecord } from '../../domain/maps/journeyMap';
import type { MapContents } from '../../domain/maps/mapContents';
import type { MapPartKind, MapPartRecords } from '../../domain/parts/mapParts';
import type { PersonaRecord } from '../../domain/personas/persona';
import { rejected, type WriteOutcome } from '../../domain/ports/writeOutcome';
import { TRANSACTION_ITEM_LIMIT } from '../dynamo/transactionLimits';
import type { RestorePlan } from '../../domain/versions/planRestore';
import { batchGet } from '../dynamo/batchGet';
import { batchDelete } from '../dynamo/batchWrite';
import { countQuery } from '../dynamo/countQuery';
import type { Dynamo } from '../dynamo/dynamoClient';
import { decodeItem } from '../items/itemCodec';
import { HEADER_SK, mapHeaderKey, partKey } from '../keys';
import { queryAll } from '../dynamo/queryAll';
import { queryPage } from '../dynamo/queryPage';
import { sendTransaction } from '../dynamo/transact';
import { contentsFromItems } from './contentsFromItems';
import { createMap } from './createMap';
import { deleteMap } from './deleteMap';
import { listMapsParams, readHeaderParams, readMapParams } from './mapParams';
import { buildMapWriteTransaction, cancellationRejection } from './mapWriteTransaction';
import { restoreMap } from './restoreMap';

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
    return item && !item.deletedAt && !item.pendingCreation ? decodeItem('header', item) : null;
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
      const header = decodeItem('header', item);
      headers.set(header.id, header);
    }
    return headers;
  }

  async readParts<K extends MapPartKind>(
    workspaceId: string,
    mapId: string,
    part: K,
    ids: readonly string[],
  ): Promise<Map<string, MapPartRecords[K]> | null> {
    const header = mapHeaderKey(workspaceId, mapId);
    const items = await batchGet(this.dynamo, [
      header,
      ...[...new Set(ids)].map((id) => partKey(workspaceId, mapId, part, id)),
    ]);
    const found = items.find((item) => item.SK === header.SK);
    if (!found || found.deletedAt || found.pendingCreation) return null;
    const parts = new Map<string, MapPartRecords[K]>();
    for (const item of items) {
      if (item.SK === header.SK) continue;
      const record = decodeItem(part, item) as MapPartRecords[K];
      parts.set(record.id, record);
    }
    return parts;
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
    return item ? (decodeItem(part, item) as MapPartRecords[K]) : null;
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
        const header = decodeItem('header', item);
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

  create(
    workspaceId: string,
    contents: MapContents,
    meta: { actor: Actor; history: HistoryNote; newPersonas?: readonly PersonaRecord[] },
  ): Promise<WriteOutcome> {
    return createMap(this.dynamo, workspaceId, contents, meta);
  }

  restore(
    workspaceId: string,
    mapId: string,
    plan: RestorePlan,
    meta: RestoreMeta,
  ): Promise<WriteOutcome> {
    return restoreMap(this.dynamo, workspaceId, mapId, plan, meta);
  }

  async write(workspaceId: string, mapId: string, write: MapWrite): Promise<WriteOutcome> {
    const built = buildMapWriteTransaction(this.table, workspaceId, mapId, write);
    if (built.items.length > TRANSACTION_ITEM_LIMIT) {
      return rejected({
        reason: 'tooManyItems',
        count: built.items.length,
        limit: TRANSACTION_ITEM_LIMIT,
      });
    }
    const outcome = await sendTransaction(this.dynamo, built.items, (reasons) =>
      cancellationRejection(reasons, built.meanings),
    );
    // Unreachable already (their parent is gone); deleting them only reclaims space.
    if (outcome.ok && built.deferredCleanup.length > 0) {
      await batchDelete(this.dynamo, built.deferredCleanup);
    }
    return outcome;
  }

  delete(
    workspaceId: string,
    mapId: string,
    expectedRevision: number | null,
    meta: { actor: Actor; history: HistoryNote },
  ): Promise<WriteOutcome> {
    return deleteMap(this.dynamo, workspaceId, mapId, expectedRevision, meta);
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
    return items.map((item) => decodeItem('header', item));
  }
}

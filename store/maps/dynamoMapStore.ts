/**
 * Journey maps in DynamoDB. One partition per map holds the header and every
 * part (read whole with one Query), its history and its published versions.
 * Every write is one transaction that also bumps the header's change counter
 * and records a history entry.
 */
import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ContentionError, alreadyExists, notFound, staleRevision } from '../../domain/errors';
import type {
  Actor,
  HistoryNote,
  MapFilter,
  MapStore,
  MapWrite,
  Page,
  PageRequest,
} from '../../domain/ports';
import type {
  MapContents,
  MapHeaderRecord,
  MapPartKind,
  MapPartRecords,
} from '../../domain/records';

import { batchDelete } from '../batchDelete';
import { countQuery } from '../countQuery';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Dynamo } from '../dynamoClient';
import { headerFromItem, partFromItem, type Item } from '../itemCodec';
import { mapHeaderKey, partKey } from '../keys';
import { batchGet } from '../batchGet';
import { queryAll } from '../queryAll';
import { sendTransaction } from '../transact';
import { contentsFromItems } from './contentsFromItems';
import { buildCreateMapTransaction } from './createMapTransaction';
import { deleteMapSteps } from './deleteMapSteps';
import { listMapsParams, mapIdFromListKey, readHeaderParams, readMapParams } from './mapParams';
import { buildMapWriteTransaction, cancellationError } from './mapWriteTransaction';

/** Without a filter a page is one Query of `first + 1` items; with one, Queries read on until the page is full. */
const FILTERED_PAGE_READ = 200;

export class DynamoMapStore implements MapStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async read(workspaceId: string, mapId: string): Promise<MapContents | null> {
    return contentsFromItems(
      await queryAll(this.dynamo, readMapParams(this.table, workspaceId, mapId)),
    );
  }

  async readHeader(workspaceId: string, mapId: string): Promise<MapHeaderRecord | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand(readHeaderParams(this.table, workspaceId, mapId)),
    );
    return item && !item.deletedAt ? headerFromItem(item) : null;
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
      if (item.deletedAt) continue;
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
    let after = page.after ? decodeCursor(page.after, ['mapId'] as const).mapId : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const filtered = Object.values(filter).some((v) => v !== null);
    const found: Item[] = [];
    // Fill the page plus one item (to know whether another page follows).
    for (;;) {
      const result = await this.dynamo.doc.send(
        new QueryCommand(
          listMapsParams(
            this.table,
            workspaceId,
            filter,
            after,
            filtered ? FILTERED_PAGE_READ : page.first + 1,
          ),
        ),
      );
      found.push(...((result.Items ?? []) as Item[]));
      const last = result.LastEvaluatedKey;
      if (found.length > page.first || !last) break;
      after = mapIdFromListKey(last);
    }
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
    const { items, meanings } = buildCreateMapTransaction(this.table, workspaceId, contents, meta);
    await sendTransaction(this.dynamo, items, (reasons) => {
      const index = reasons.findIndex((r) => r.code === 'ConditionalCheckFailed');
      const meaning = meanings[index];
      if (index === 0) return alreadyExists('JourneyMap', contents.header.id);
      return meaning ? meaning() : new ContentionError();
    });
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
    const keys = await queryAll(this.dynamo, steps.listKeys);
    await batchDelete(
      this.dynamo,
      keys
        .filter((k) => k.SK !== steps.headerKey.SK)
        .map((k) => ({ PK: String(k.PK), SK: String(k.SK) })),
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

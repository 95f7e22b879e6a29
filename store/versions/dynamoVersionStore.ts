/**
 * Published versions, in their map's partition. A version is written once:
 * every item of it is put with `attribute_not_exists`, and nothing ever
 * updates it; only deleting the map removes it.
 */
import type { WriteOutcome } from '../../domain/ports/writeOutcome';
import { newId } from '../../domain/shared/ids';
import type { HistoryNote } from '../../domain/ports/mapWrite';
import type { VersionStore } from '../../domain/ports/versionStore';
import type {
  PublishedVersion,
  VersionMeta,
  VersionSnapshot,
} from '../../domain/versions/versionRecords';
import { batchDelete, batchPut } from '../dynamo/batchWrite';
import type { Dynamo } from '../dynamo/dynamoClient';
import type { Item } from '../items/itemCodec';
import { GetCommand } from '../dynamo/commands';
import { mapPartition, VERSION_LIST_PREFIX, versionListKey, versionPrefix } from '../keys';
import { queryAll } from '../dynamo/queryAll';
import { sendTransaction } from '../dynamo/transact';
import { buildPublishTransaction, chunkItems, chunksFitInTransaction } from './publishTransaction';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec';
import { normalizeSnapshot } from './normalizeSnapshot';

/** The items of a map's partition whose sort key starts with `prefix`, strongly consistent. */
const partitionRangeParams = (
  table: string,
  workspaceId: string,
  mapId: string,
  prefix: string,
) => ({
  TableName: table,
  KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
  ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
  ExpressionAttributeValues: { ':pk': mapPartition(workspaceId, mapId), ':prefix': prefix },
  ConsistentRead: true,
});

const metaFromItem = (mapId: string, item: Item): VersionMeta => ({
  mapId,
  number: Number(item.number),
  label: String(item.label),
  notes: typeof item.notes === 'string' ? item.notes : null,
  publishedAt: String(item.publishedAt),
  publishedBy: {
    kind: item.publishedByKind === 'API_KEY' ? 'API_KEY' : 'USER',
    id: String(item.publishedById),
  },
});

export class DynamoVersionStore implements VersionStore {
  constructor(private readonly dynamo: Dynamo) {}

  async publish(
    workspaceId: string,
    snapshot: VersionSnapshot,
    meta: VersionMeta,
    seenChangeSeq: number,
    history: HistoryNote,
  ): Promise<WriteOutcome> {
    const { chunks } = encodeSnapshot(snapshot);
    const token = newId();
    const inline = chunksFitInTransaction(chunks);
    const staged = inline ? [] : chunkItems(workspaceId, meta, token, chunks);
    // A snapshot too big for one transaction is staged first under a fresh
    // token: invisible until the transaction below names it.
    await batchPut(this.dynamo, staged);
    const dropStaged = () =>
      batchDelete(
        this.dynamo,
        staged.map(({ PK, SK }) => ({ PK, SK })),
      );
    try {
      const outcome = await sendTransaction(
        this.dynamo,
        buildPublishTransaction(
          this.dynamo.tableName,
          workspaceId,
          meta,
          token,
          chunks,
          inline,
          seenChangeSeq,
          history,
        ),
        // The map changed since its snapshot was read, or another version took this number.
        () => ({ reason: 'mapChanged' }),
      );
      if (!outcome.ok && staged.length) await dropStaged();
      return outcome;
    } catch (error) {
      if (staged.length) await dropStaged();
      throw error;
    }
  }

  async read(workspaceId: string, mapId: string, number: number): Promise<PublishedVersion | null> {
    const items = await queryAll(
      this.dynamo,
      partitionRangeParams(this.dynamo.tableName, workspaceId, mapId, versionPrefix(number)),
    );
    const description = items.find((item) => String(item.SK).endsWith('#META'));
    if (!description) return null;
    const token = String(description.token);
    const chunks = items
      .filter((item) => String(item.SK).startsWith(`${versionPrefix(number)}${token}#`))
      .sort((a, b) => (String(a.SK) < String(b.SK) ? -1 : 1))
      .map((item) => item.data as Uint8Array);
    if (chunks.length !== Number(description.chunkCount)) {
      throw new Error(
        `Version ${number} of map ${mapId} has ${chunks.length} of ${String(description.chunkCount)} chunks`,
      );
    }
    return {
      meta: metaFromItem(mapId, description),
      snapshot: normalizeSnapshot(decodeSnapshot(chunks), `version ${number} of map ${mapId}`),
    };
  }

  async readMeta(workspaceId: string, mapId: string, number: number): Promise<VersionMeta | null> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand({
        TableName: this.dynamo.tableName,
        Key: versionListKey(workspaceId, mapId, number),
      }),
    );
    return item ? metaFromItem(mapId, item) : null;
  }

  async list(workspaceId: string, mapId: string): Promise<VersionMeta[]> {
    const items = await queryAll(
      this.dynamo,
      partitionRangeParams(this.dynamo.tableName, workspaceId, mapId, VERSION_LIST_PREFIX),
    );
    return items.map((item) => metaFromItem(mapId, item));
  }
}

/**
 * WebSocket connections and subscriptions in the table (keys: store/keys.ts).
 * A connection's partition holds the connection and its subscriptions; each
 * subscription also has a watcher item in its map's watcher partition, which
 * the stream's fan-out reads in one Query. Every item carries `ttl`: API
 * Gateway closes a connection after two hours at most, and DynamoDB's TTL
 * then removes what a lost $disconnect left behind.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '../dynamo/commands';
import type { Viewer } from '../../domain/context/viewer';
import type { ConnectionState, ConnectionStore, Watcher } from '../../domain/ports/connectionStore';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../../domain/subscriptions/watchJourneyMap';
import { batchDelete } from '../dynamo/batchWrite';
import type { Dynamo } from '../dynamo/dynamoClient';
import { conditionFailedItem, isConditionFailed } from '../dynamo/dynamoErrors';
import { queryAll } from '../dynamo/queryAll';
import { sendTransaction } from '../dynamo/transact';
import type { TransactItem } from '../dynamo/transactionLimits';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import type { Item } from '../items/itemCodec';
import {
  connectionKey,
  connectionPartition,
  subscriptionKey,
  SUBSCRIPTION_PREFIX,
  watcherKey,
  watchersPartition,
} from '../keys';

/** API Gateway's longest connection (2 h), and a margin. */
const CONNECTION_LIFETIME_S = 2 * 60 * 60 + 5 * 60;
/** The TTL attribute of the table (serverless.yml, TimeToLiveSpecification). */
export const TTL_ATTRIBUTE = 'ttl';

const expiry = (now = Date.now()) => Math.floor(now / 1000) + CONNECTION_LIFETIME_S;

const viewerOf = (item: Item): Viewer | null => {
  const viewer = item.viewer as Viewer | undefined;
  return viewer && typeof viewer.workspaceId === 'string' ? viewer : null;
};

const watcherOf = (item: Item): Watcher => ({
  connectionId: String(item.connectionId),
  subscriptionId: String(item.subscriptionId),
  workspaceId: String(item.workspaceId),
  mapId: String(item.mapId),
  viewer: item.viewer as Viewer,
  request: item.request as Watcher['request'],
});

export class DynamoConnectionStore implements ConnectionStore {
  constructor(private readonly dynamo: Dynamo) {}

  private get table() {
    return this.dynamo.tableName;
  }

  async open(connectionId: string, now: string): Promise<void> {
    await this.dynamo.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...connectionKey(connectionId),
          connectedAt: now,
          subscriptionCount: 0,
          [TTL_ATTRIBUTE]: expiry(Date.parse(now)),
        },
      }),
    );
  }

  async acknowledge(
    connectionId: string,
    viewer: Viewer,
  ): Promise<'ready' | 'alreadyReady' | 'unknown'> {
    const update = new ExpressionBuilder().setAll({ viewer }).exists().absent('viewer').build();
    try {
      await this.dynamo.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: connectionKey(connectionId),
          ...update,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'ready';
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      return conditionFailedItem(error) ? 'alreadyReady' : 'unknown';
    }
  }

  async state(connectionId: string): Promise<ConnectionState> {
    const { Item: item } = await this.dynamo.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: connectionKey(connectionId),
        ConsistentRead: true,
      }),
    );
    if (!item) return { state: 'unknown' };
    const viewer = viewerOf(item);
    return viewer ? { state: 'ready', viewer } : { state: 'open' };
  }

  async watch(watcher: Watcher): Promise<'watching' | 'duplicate' | 'tooMany' | 'unknown'> {
    const { connectionId, subscriptionId, workspaceId, mapId } = watcher;
    const ttl = expiry();
    const count = new ExpressionBuilder().increment('subscriptionCount').exists();
    count.condition(
      `${count.name('subscriptionCount')} < ${count.value(MAX_SUBSCRIPTIONS_PER_CONNECTION)}`,
    );
    const fresh = new ExpressionBuilder().notExists().build();
    const items: TransactItem[] = [
      {
        Update: {
          TableName: this.table,
          Key: connectionKey(connectionId),
          ...count.build(),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        } as TransactItem['Update'],
      },
      {
        Put: {
          TableName: this.table,
          Item: {
            ...subscriptionKey(connectionId, subscriptionId),
            workspaceId,
            mapId,
            [TTL_ATTRIBUTE]: ttl,
          },
          ConditionExpression: fresh.ConditionExpression,
          ExpressionAttributeNames: fresh.ExpressionAttributeNames,
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: {
            ...watcherKey(workspaceId, mapId, connectionId, subscriptionId),
            ...watcher,
            [TTL_ATTRIBUTE]: ttl,
          },
        },
      },
    ];
    const refused: { as: 'duplicate' | 'tooMany' | 'unknown' } = { as: 'duplicate' };
    const written = await sendTransaction(this.dynamo, items, (reasons) => {
      if (reasons[0]?.code === 'ConditionalCheckFailed') {
        refused.as = reasons[0].item ? 'tooMany' : 'unknown';
      }
      return { reason: 'mapChanged' };
    });
    return written.ok ? 'watching' : refused.as;
  }

  async unwatch(connectionId: string, subscriptionId: string): Promise<void> {
    const { Attributes: gone } = await this.dynamo.doc.send(
      new DeleteCommand({
        TableName: this.table,
        Key: subscriptionKey(connectionId, subscriptionId),
        ReturnValues: 'ALL_OLD',
      }),
    );
    if (!gone) return;
    await batchDelete(this.dynamo, [
      watcherKey(String(gone.workspaceId), String(gone.mapId), connectionId, subscriptionId),
    ]);
    const less = new ExpressionBuilder().increment('subscriptionCount', -1).exists().build();
    try {
      await this.dynamo.doc.send(
        new UpdateCommand({ TableName: this.table, Key: connectionKey(connectionId), ...less }),
      );
    } catch (error) {
      // The connection closed meanwhile: there is no count left to keep.
      if (!isConditionFailed(error)) throw error;
    }
  }

  async close(connectionId: string): Promise<void> {
    const items = await queryAll(this.dynamo, {
      TableName: this.table,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'PK' },
      ExpressionAttributeValues: { ':pk': connectionPartition(connectionId) },
      ConsistentRead: true,
    });
    const watchers = items
      .filter((item) => String(item.SK).startsWith(SUBSCRIPTION_PREFIX))
      .map((item) =>
        watcherKey(
          String(item.workspaceId),
          String(item.mapId),
          connectionId,
          String(item.SK).slice(SUBSCRIPTION_PREFIX.length),
        ),
      );
    await batchDelete(this.dynamo, [
      ...watchers,
      ...items.map((item) => ({ PK: String(item.PK), SK: String(item.SK) })),
    ]);
  }

  async watchers(workspaceId: string, mapId: string): Promise<Watcher[]> {
    const items = await queryAll(this.dynamo, {
      TableName: this.table,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'PK' },
      ExpressionAttributeValues: { ':pk': watchersPartition(workspaceId, mapId) },
      ConsistentRead: true,
    });
    return items.map(watcherOf);
  }
}

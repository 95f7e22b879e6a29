/**
 * Reads a table's stream with the DynamoDB Streams API, as Lambda's event
 * source mapping does in AWS: every shard, parents before children, each
 * from where it was left. `npm start` feeds the stream function with it
 * (DynamoDB Local has a stream but no Lambda to call), and the tests read
 * the real records that mutations left.
 *
 * Local tooling only (never in a deployed bundle): the streams client is the
 * SDK's, a devDependency; the table's stream is found with the project's client.
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand } from '../dynamo/commands';
import type { DynamoConnection } from '../dynamo/dynamoClient';

export type StreamRecord = _Record;

export interface StreamReader {
  /** Every record written since the last read (or since the reader opened), in order. */
  read(): Promise<StreamRecord[]>;
  close(): void;
}

export interface StreamReaderOptions {
  /** The connection's endpoint (DynamoDB Local's), where its stream is read too. */
  endpoint: string | undefined;
  /** At the stream's end (`LATEST`: records written from now on) or start (`TRIM_HORIZON`: every record kept). */
  from?: 'LATEST' | 'TRIM_HORIZON';
}

/** Opens the stream of the connection's table. */
export async function openStreamReader(
  dynamo: DynamoConnection,
  { endpoint, from = 'LATEST' }: StreamReaderOptions,
): Promise<StreamReader> {
  const { Table } = await dynamo.client.send(
    new DescribeTableCommand({ TableName: dynamo.tableName }),
  );
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${dynamo.tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({
    ...(endpoint
      ? {
          endpoint,
          region: 'local',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });

  /** Each shard's next iterator; null once the shard is closed and read to its end. */
  const iterators = new Map<string, string | null>();

  const shards = async (): Promise<Shard[]> => {
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      all.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return all;
  };

  const iterator = async (shardId: string, type: 'LATEST' | 'TRIM_HORIZON') => {
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
      }),
    );
    return ShardIterator ?? null;
  };

  // The shards open now start where asked; any shard found later is read from its start.
  for (const shard of await shards()) {
    if (!shard.ShardId) continue;
    const open = !shard.SequenceNumberRange?.EndingSequenceNumber;
    iterators.set(
      shard.ShardId,
      from === 'LATEST' && !open
        ? null
        : await iterator(shard.ShardId, open ? from : 'TRIM_HORIZON'),
    );
  }

  return {
    async read() {
      const records: StreamRecord[] = [];
      for (const shard of await shards()) {
        if (!shard.ShardId) continue;
        if (!iterators.has(shard.ShardId))
          iterators.set(shard.ShardId, await iterator(shard.ShardId, 'TRIM_HORIZON'));
      }
      for (const [shardId, current] of iterators) {
        let next = current;
        while (next) {
          const result = await streams.send(
            new GetRecordsCommand({ ShardIterator: next, Limit: 1000 }),
          );
          records.push(...(result.Records ?? []));
          next = result.NextShardIterator ?? null;
          if ((result.Records ?? []).length === 0) break;
        }
        iterators.set(shardId, next);
      }
      return records;
    },
    close() {
      streams.destroy();
    },
  };
}

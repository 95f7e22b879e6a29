/**
 * The usage interceptor on the lean client: each attempt inside
 * `countDynamoUsage` is counted, capacity is asked for where DynamoDB can
 * report it (without changing the caller's command) and summed as reported.
 * DynamoDB is played by an interceptor added after it, which answers without
 * a network, as the fault injector does.
 */
import {
  BatchGetCommand,
  DescribeTableCommand,
  GetCommand,
  TransactWriteCommand,
} from '../../../../store/dynamo/commands';
import type { DynamoCall } from '../../../../store/dynamo/dynamoHttpClient';
import { DynamoHttpClient } from '../../../../store/dynamo/dynamoHttpClient';
import {
  attachDynamoUsage,
  countDynamoUsage,
  newDynamoUsage,
} from '../../../../store/dynamo/dynamoUsage';

function clientAnswering(answer: (call: DynamoCall) => object) {
  const client = new DynamoHttpClient({
    region: 'local',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    connectionTimeout: 100,
    requestTimeout: 100,
  });
  attachDynamoUsage(client);
  const sent: DynamoCall[] = [];
  client.use((call) => {
    sent.push(call);
    return Promise.resolve(answer(call));
  });
  return { client, sent };
}

describe('DynamoDB usage per unit of work', () => {
  it('asks for the consumed capacity without changing the command', async () => {
    const { client, sent } = clientAnswering(() => ({ ConsumedCapacity: { CapacityUnits: 0.5 } }));
    const command = new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } });
    await client.send(command);
    expect(sent[0]?.input).toEqual({
      TableName: 't',
      Key: { pk: 'a', sk: 'b' },
      ReturnConsumedCapacity: 'TOTAL',
    });
    expect(command.input).not.toHaveProperty('ReturnConsumedCapacity');
  });

  it('keeps a capacity the caller asked for, and asks nothing of table operations', async () => {
    const { client, sent } = clientAnswering(() => ({}));
    await client.send(
      new GetCommand({ TableName: 't', Key: { pk: 'a' }, ReturnConsumedCapacity: 'INDEXES' }),
    );
    await client.send(new DescribeTableCommand({ TableName: 't' }));
    expect(sent.map((c) => c.input)).toEqual([
      { TableName: 't', Key: { pk: 'a' }, ReturnConsumedCapacity: 'INDEXES' },
      { TableName: 't' },
    ]);
  });

  it('counts every attempt and sums the capacity of single, batch and transaction answers', async () => {
    const answers: Record<string, object> = {
      GetItem: { ConsumedCapacity: { TableName: 't', CapacityUnits: 0.5 } },
      BatchGetItem: { ConsumedCapacity: [{ CapacityUnits: 1.5 }, { CapacityUnits: 1 }] },
      TransactWriteItems: { ConsumedCapacity: [{ CapacityUnits: 4 }] },
      DescribeTable: {},
    };
    const { client } = clientAnswering((call) => answers[call.operation] ?? {});
    const usage = newDynamoUsage();
    await countDynamoUsage(usage, async () => {
      await client.send(new GetCommand({ TableName: 't', Key: { pk: 'a' } }));
      await client.send(new BatchGetCommand({ RequestItems: { t: { Keys: [{ pk: 'a' }] } } }));
      await client.send(new TransactWriteCommand({ TransactItems: [] }));
      await client.send(new DescribeTableCommand({ TableName: 't' }));
    });
    expect(usage).toEqual({ requests: 4, capacityUnits: 7 });
  });

  it('counts a failed attempt, and nothing outside a unit of work', async () => {
    let fail = true;
    const { client } = clientAnswering(() => {
      if (fail) throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
      return { ConsumedCapacity: { CapacityUnits: 1 } };
    });
    const usage = newDynamoUsage();
    await countDynamoUsage(usage, async () => {
      await expect(client.send(new GetCommand({ TableName: 't', Key: {} }))).rejects.toThrow(
        'throttled',
      );
      fail = false;
      await client.send(new GetCommand({ TableName: 't', Key: {} }));
    });
    await client.send(new GetCommand({ TableName: 't', Key: {} }));
    expect(usage).toEqual({ requests: 2, capacityUnits: 1 });
  });

  it('keeps concurrent units of work apart', async () => {
    const { client } = clientAnswering(() => ({ ConsumedCapacity: { CapacityUnits: 1 } }));
    const [a, b] = [newDynamoUsage(), newDynamoUsage()];
    const send = () => client.send(new GetCommand({ TableName: 't', Key: {} }));
    await Promise.all([
      countDynamoUsage(a, async () => {
        await send();
        await send();
      }),
      countDynamoUsage(b, send),
    ]);
    expect([a.requests, b.requests]).toEqual([2, 1]);
  });
});

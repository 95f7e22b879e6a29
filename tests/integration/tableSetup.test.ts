import { CreateTableCommand, DescribeTableCommand } from '../../store/dynamo/commands';
import { randomUUID } from 'node:crypto';
import table from '../../infra/table.json';
import { createDynamo } from '../../store/dynamo/dynamoClient';
import { createTableInput, ensureTable } from '../../store/dynamo/tableSetup';
import { startLocalDynamo } from '../../infra/localDynamo';

const endpoint = () => String(process.env.DYNAMODB_ENDPOINT);

describe('ensureTable', () => {
  it('creates the table of infra/table.json, then leaves it as it is', async () => {
    const dynamo = createDynamo({ tableName: `setup-${randomUUID()}`, endpoint: endpoint() });
    expect(await ensureTable(dynamo)).toEqual({ created: true, addedIndexes: [] });
    expect(await ensureTable(dynamo)).toEqual({ created: false, addedIndexes: [] });
    const { Table } = await dynamo.client.send(
      new DescribeTableCommand({ TableName: dynamo.tableName }),
    );
    expect(Table?.KeySchema).toEqual(table.KeySchema);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
      table.GlobalSecondaryIndexes.map((i) => i.IndexName).sort(),
    );
    expect(Table?.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
  });

  // Note: on its own DynamoDB Local. On the worker's one, after a hundred other files, the
  // emulator took more than 90 s to build the new indexes (alone, a few seconds).
  it('adds the indexes a table made from an older definition lacks', async () => {
    const own = await startLocalDynamo();
    try {
      await addsMissingIndexes(own.endpoint);
    } finally {
      await own.stop();
    }
  }, 90_000);
});

async function addsMissingIndexes(endpoint: string): Promise<void> {
  const dynamo = createDynamo({ tableName: `setup-${randomUUID()}`, endpoint });
  const current = createTableInput(dynamo.tableName);
  const olderIndexes = current.GlobalSecondaryIndexes?.filter(
    (i) => !i.IndexName?.startsWith('MapBacklog'),
  );
  const used = new Set(
    [...(current.KeySchema ?? []), ...(olderIndexes ?? []).flatMap((i) => i.KeySchema ?? [])].map(
      (k) => k.AttributeName,
    ),
  );
  await dynamo.client.send(
    new CreateTableCommand({
      ...current,
      GlobalSecondaryIndexes: olderIndexes,
      AttributeDefinitions: current.AttributeDefinitions?.filter((a) => used.has(a.AttributeName)),
    }),
  );
  const result = await ensureTable(dynamo);
  expect(result.created).toBe(false);
  expect(result.addedIndexes.sort()).toEqual([
    'MapBacklog',
    'MapBacklogByQuadrant',
    'MapBacklogByStatus',
  ]);
}

import { CreateTableCommand, DescribeTableCommand } from '../../store/dynamo/commands';
import { randomUUID } from 'node:crypto';
import table from '../../infra/table.json';
import { createDynamo } from '../../store/dynamo/dynamoClient';
import { createTableInput, ensureTable } from '../../store/dynamo/tableSetup';

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

  // Skipped in the whole suite: on the shared DynamoDB Local, after ~100 other files, the new
  // indexes stayed CREATING past 90 s in two clean-clone runs (alone it passes in seconds).
  // Run it alone with TABLE_SETUP_INDEXES=1; to be moved onto its own DynamoDB Local.
  const alone = process.env.TABLE_SETUP_INDEXES === '1' ? it : it.skip;
  alone(
    'adds the indexes a table made from an older definition lacks',
    async () => {
      const dynamo = createDynamo({ tableName: `setup-${randomUUID()}`, endpoint: endpoint() });
      const current = createTableInput(dynamo.tableName);
      const olderIndexes = current.GlobalSecondaryIndexes?.filter(
        (i) => !i.IndexName?.startsWith('MapBacklog'),
      );
      const used = new Set(
        [
          ...(current.KeySchema ?? []),
          ...(olderIndexes ?? []).flatMap((i) => i.KeySchema ?? []),
        ].map((k) => k.AttributeName),
      );
      await dynamo.client.send(
        new CreateTableCommand({
          ...current,
          GlobalSecondaryIndexes: olderIndexes,
          AttributeDefinitions: current.AttributeDefinitions?.filter((a) =>
            used.has(a.AttributeName),
          ),
        }),
      );
      const result = await ensureTable(dynamo);
      expect(result.created).toBe(false);
      expect(result.addedIndexes.sort()).toEqual([
        'MapBacklog',
        'MapBacklogByQuadrant',
        'MapBacklogByStatus',
      ]);
    },
    90_000,
  );
});

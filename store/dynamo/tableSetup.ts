/**
 * Creates the table from infra/table.json, the definition serverless.yml also
 * deploys, so that local and deployed tables cannot drift apart. A table kept
 * from an older definition (under `.data/`) gets the indexes it lacks, and
 * its time to live.
 */
import type { GlobalSecondaryIndex } from '@aws-sdk/client-dynamodb';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from './commands';
import table from '../../infra/table.json';
import type { DynamoConnection } from './dynamoClient';

const indexes = table.GlobalSecondaryIndexes as GlobalSecondaryIndex[];

export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: table.BillingMode as CreateTableCommandInput['BillingMode'],
    AttributeDefinitions:
      table.AttributeDefinitions as CreateTableCommandInput['AttributeDefinitions'],
    KeySchema: table.KeySchema as CreateTableCommandInput['KeySchema'],
    GlobalSecondaryIndexes: indexes,
    StreamSpecification: {
      StreamEnabled: true,
      StreamViewType: table.StreamSpecification.StreamViewType as 'NEW_AND_OLD_IMAGES',
    },
  };
}

/** Waits until the table and every index are ACTIVE; returns the names of its indexes. */
async function waitUntilActive(dynamo: DynamoConnection): Promise<Set<string>> {
  for (;;) {
    const { Table } = await dynamo.client.send(
      new DescribeTableCommand({ TableName: dynamo.tableName }),
    );
    const tableIndexes = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && tableIndexes.every((i) => i.IndexStatus === 'ACTIVE')) {
      return new Set(tableIndexes.map((i) => String(i.IndexName)));
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface TableSetup {
  created: boolean;
  /** Indexes added to a table made from an older definition. */
  addedIndexes: string[];
}

/** Creates the table unless it exists, adds any index it lacks, and resolves once all is ACTIVE. */
export async function ensureTable(dynamo: DynamoConnection): Promise<TableSetup> {
  let created = false;
  try {
    await dynamo.client.send(new CreateTableCommand(createTableInput(dynamo.tableName)));
    created = true;
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  const present = await waitUntilActive(dynamo);
  const addedIndexes: string[] = [];
  // Note: DynamoDB creates one index per UpdateTable.
  for (const index of indexes.filter((i) => !present.has(String(i.IndexName)))) {
    await dynamo.client.send(
      new UpdateTableCommand({
        TableName: dynamo.tableName,
        AttributeDefinitions: createTableInput(dynamo.tableName).AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
    addedIndexes.push(String(index.IndexName));
    await waitUntilActive(dynamo);
  }
  await ensureTimeToLive(dynamo);
  return { created, addedIndexes };
}

/** Turns on the table's time to live (the attribute of infra/table.json) unless it is on. */
async function ensureTimeToLive(dynamo: DynamoConnection): Promise<void> {
  const { TimeToLiveDescription } = await dynamo.client.send(
    new DescribeTimeToLiveCommand({ TableName: dynamo.tableName }),
  );
  const status = TimeToLiveDescription?.TimeToLiveStatus;
  if (status === 'ENABLED' || status === 'ENABLING') return;
  await dynamo.client.send(
    new UpdateTimeToLiveCommand({
      TableName: dynamo.tableName,
      TimeToLiveSpecification: table.TimeToLiveSpecification,
    }),
  );
}

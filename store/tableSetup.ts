/**
 * Creates the table from infra/table.json, the definition serverless.yml also
 * deploys, so that local and deployed tables cannot drift apart.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import table from '../infra/table.json';
import type { Dynamo } from './dynamoClient';

export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: table.BillingMode as CreateTableCommandInput['BillingMode'],
    AttributeDefinitions:
      table.AttributeDefinitions as CreateTableCommandInput['AttributeDefinitions'],
    KeySchema: table.KeySchema as CreateTableCommandInput['KeySchema'],
    GlobalSecondaryIndexes:
      table.GlobalSecondaryIndexes as CreateTableCommandInput['GlobalSecondaryIndexes'],
    StreamSpecification: {
      StreamEnabled: true,
      StreamViewType: table.StreamSpecification.StreamViewType as 'NEW_AND_OLD_IMAGES',
    },
  };
}

/** Creates the table unless it exists; resolves once it is ACTIVE. Returns whether it was created. */
export async function ensureTable(dynamo: Dynamo): Promise<boolean> {
  let created = false;
  try {
    await dynamo.client.send(new CreateTableCommand(createTableInput(dynamo.tableName)));
    created = true;
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (;;) {
    const { Table } = await dynamo.client.send(
      new DescribeTableCommand({ TableName: dynamo.tableName }),
    );
    if (Table?.TableStatus === 'ACTIVE') return created;
    await new Promise((r) => setTimeout(r, 100));
  }
}

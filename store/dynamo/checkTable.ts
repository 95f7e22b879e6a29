import { GetCommand } from './commands';
import type { Dynamo } from './dynamoClient';

/** True when the table answers a read (of a key that never exists). */
export async function checkTable(dynamo: Dynamo): Promise<boolean> {
  try {
    await dynamo.doc.send(
      new GetCommand({ TableName: dynamo.tableName, Key: { PK: 'HEALTH', SK: 'HEALTH' } }),
    );
    return true;
  } catch {
    return false;
  }
}

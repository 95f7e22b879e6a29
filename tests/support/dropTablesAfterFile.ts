/**
 * Deletes every table of the worker's DynamoDB Local when a test file ends
 * (a jest `setupFilesAfterEnv` entry of the integration project).
 *
 * Note: DynamoDB Local's background index job reads the stream of every
 * table, on the one thread all requests share: with a hundred files' tables
 * left behind, it held that thread most of the time and slowed every later
 * file. The emulator is this worker's alone (workerDynamo.ts) and runs one
 * file at a time, so every table on it is this file's.
 */
import { DeleteTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { workerEndpoint } from './workerDynamo';

// Note: only the emulator globalSetup started for this worker, never DYNAMODB_ENDPOINT, which a
// test may point elsewhere and a developer's shell at the database of `npm start`.
const endpoint = workerEndpoint();

afterAll(async () => {
  if (!endpoint) return;
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    let start: string | undefined;
    do {
      const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
      for (const name of page.TableNames ?? []) {
        await client.send(new DeleteTableCommand({ TableName: name }));
      }
      start = page.LastEvaluatedTableName;
    } while (start);
  } finally {
    client.destroy();
  }
}, 60_000);

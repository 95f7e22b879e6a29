import { QueryCommand, type QueryCommandInput } from './commands';
import type { Dynamo } from './dynamoClient';

/** Counts what a Query matches, page by page (each page reads up to 1 MB). */
export async function countQuery(dynamo: Dynamo, params: QueryCommandInput): Promise<number> {
  let total = 0;
  let start: QueryCommandInput['ExclusiveStartKey'];
  do {
    const result = await dynamo.doc.send(
      new QueryCommand({
        ...params,
        Select: 'COUNT',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    total += result.Count ?? 0;
    start = result.LastEvaluatedKey;
  } while (start);
  return total;
}

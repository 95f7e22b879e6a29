import { QueryCommand, type QueryCommandInput } from './commands';
import type { Dynamo } from './dynamoClient';
import type { Item } from '../items/itemCodec';

/** Runs a Query to the end, following LastEvaluatedKey past each 1 MB page. */
export async function queryAll(dynamo: Dynamo, params: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  let start: QueryCommandInput['ExclusiveStartKey'];
  do {
    const result = await dynamo.doc.send(
      new QueryCommand({ ...params, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...((result.Items ?? []) as Item[]));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}

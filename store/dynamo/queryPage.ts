import { QueryCommand, type QueryCommandInput } from './commands';
import type { Dynamo } from './dynamoClient';
import type { Item } from '../items/itemCodec';

/** Items a filtered Query reads per request while it fills a page. */
const FILTERED_READ = 200;

/**
 * Reads one page of `first` items plus one more (which says whether another
 * page follows). Without a filter that is one Query with `Limit: first + 1`;
 * with a FilterExpression, DynamoDB applies `Limit` before filtering, so
 * Queries read on (200 items at a time) until the page is full or the
 * partition ends.
 */
export async function queryPage(
  dynamo: Dynamo,
  params: QueryCommandInput,
  first: number,
): Promise<Item[]> {
  const filtered = params.FilterExpression !== undefined;
  const found: Item[] = [];
  let start = params.ExclusiveStartKey;
  for (;;) {
    const result = await dynamo.doc.send(
      new QueryCommand({
        ...params,
        Limit: filtered ? FILTERED_READ : first + 1,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    found.push(...((result.Items ?? []) as Item[]));
    start = result.LastEvaluatedKey;
    if (found.length > first || !start) return found;
  }
}

/**
 * Writes the bench maps into the stock baseline's table, in its format
 * (../shared/bench/stock-baseline/handler.mjs): `pk` = parent id, `sk` = own
 * id, children sorted by a `position` attribute.
 *
 * | item        | pk                | sk             | attributes                       |
 * |-------------|-------------------|----------------|----------------------------------|
 * | map         | `MAPS`            | `<mapId>`      | title, personaIds                |
 * | persona     | `PERSONAS`        | `<personaId>`  | name, jobTitle, goals            |
 * | stage       | `<mapId>`         | `STAGE#<id>`   | name, position                   |
 * | touchpoint  | `STAGE#<id>`      | `TP#<id>`      | name, channel, emotionScore, pos |
 * | KPI         | `STAGE#<id>`      | `KPI#<id>`     | name, type, current, target, pos |
 * | pain point  | `TP#<id>`         | `PP#<id>`      | description, severity, position  |
 *
 * The handler resolves an id as the item's `sk`, and a child's `pk` is its
 * parent's `sk`.
 */
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BenchMap, BenchPersona } from './benchMaps';

export const STOCK_TABLE = 'baseline';

/**
 * The handler signs as access key `x` in `us-east-1`; DynamoDB Local may keep
 * one database per access key and region, so the table is made with the same.
 */
export const STOCK_CREDENTIALS = { accessKeyId: 'x', secretAccessKey: 'x' };
export const STOCK_REGION = 'us-east-1';

type StockItem = Record<string, unknown> & { pk: string; sk: string };

export function stockItems(
  personas: readonly BenchPersona[],
  maps: readonly BenchMap[],
): StockItem[] {
  const items: StockItem[] = personas.map((p) => ({
    pk: 'PERSONAS',
    sk: p.id,
    name: p.name,
    jobTitle: p.jobTitle,
    goals: p.goals,
  }));
  /** A child's item: under its parent's `sk`, with its position among its siblings. */
  const pushChild = (
    parentSk: string,
    sk: string,
    position: number,
    attributes: Record<string, unknown>,
  ) => items.push({ pk: parentSk, sk, ...attributes, position });
  for (const map of maps) {
    items.push({
      pk: 'MAPS',
      sk: map.id,
      title: map.title,
      personaIds: map.personas.map((p) => p.id),
    });
    map.stages.forEach((stage, s) => {
      const stageSk = `STAGE#${stage.id}`;
      pushChild(map.id, stageSk, s, { name: stage.name });
      stage.touchpoints.forEach((touchpoint, t) => {
        const touchpointSk = `TP#${touchpoint.id}`;
        pushChild(stageSk, touchpointSk, t, {
          name: touchpoint.name,
          channel: touchpoint.channel,
          emotionScore: touchpoint.emotionScore,
        });
        touchpoint.painPoints.forEach((painPoint, p) =>
          pushChild(touchpointSk, `PP#${painPoint.id}`, p, {
            description: painPoint.description,
            severity: painPoint.severity,
          }),
        );
      });
      stage.kpis.forEach((kpi, k) =>
        pushChild(stageSk, `KPI#${kpi.id}`, k, {
          name: kpi.name,
          type: kpi.type,
          current: kpi.current,
          target: kpi.target,
        }),
      );
    });
  }
  return items;
}

/** Creates the stock table (`pk`/`sk`, on demand) and writes the personas and maps. */
export async function seedStock(options: {
  endpoint: string;
  personas: readonly BenchPersona[];
  maps: readonly BenchMap[];
}): Promise<number> {
  const client = new DynamoDBClient({
    endpoint: options.endpoint,
    region: STOCK_REGION,
    credentials: STOCK_CREDENTIALS,
  });
  const doc = DynamoDBDocumentClient.from(client);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: STOCK_TABLE,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
    const items = stockItems(options.personas, options.maps);
    for (let i = 0; i < items.length; i += 25) {
      let pending: Record<string, unknown>[] = items
        .slice(i, i + 25)
        .map((Item) => ({ PutRequest: { Item } }));
      // DynamoDB Local does not throttle, but a batch may still come back partly unprocessed.
      while (pending.length > 0) {
        const result = await doc.send(
          new BatchWriteCommand({ RequestItems: { [STOCK_TABLE]: pending } }),
        );
        pending = result.UnprocessedItems?.[STOCK_TABLE] ?? [];
      }
    }
    return items.length;
  } finally {
    client.destroy();
  }
}

/**
 * One side of the warm-read bench, in a process of its own (forked by
 * warmReads.ts, which interleaves the two sides' requests over IPC). It loads
 * its side's Lambda bundle and, on request, times one whole-map read through
 * the handler with process.hrtime.bigint(), counting its DynamoDB requests at
 * the HTTP level (httpRequestCounter.ts, the same way on both sides).
 *
 * Our side also holds:
 * - the raw cost of a whole map: one DynamoDB Query of the map's partition
 *   (readMapParams: `PK = W#<ws>#MAP#<id>`, `SK begins_with C#`, consistent),
 *   sent by a plain @aws-sdk/lib-dynamodb client of its own; and, for
 *   context, that Query followed by the BatchGetItem of the map's personas:
 *   the two requests our handler makes, with nothing around them;
 * - our handler built from source (functions/graphql.ts), whose runtime's
 *   client (`runtime.dynamo.client`) carries the test suite's SDK middleware
 *   request counter, to count our requests the way the integration tests do.
 *
 * Usage (IPC channel required): warmChild.ts <config.json>
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Context } from 'aws-lambda';
import type { MapCounts } from './benchMaps';
import { installHttpRequestCounter } from './httpRequestCounter';
import { countsOfResponse, mapEvent } from './mapQuery';

// Before anything that could keep a reference to the original http.request.
const http = installHttpRequestCounter();

export interface WarmChildConfig {
  side: 'ours' | 'stock';
  bundleFile: string;
  /** The map id of each shape key. */
  maps: Record<string, string>;
  /** Ours: `Bearer <development token>`. */
  authorization?: string;
  /** Ours: for the raw Query. */
  endpoint?: string;
  tableName?: string;
  workspaceId?: string;
}

/**
 * What to time: the side's bundle, our raw Query (alone, or followed by the
 * personas' BatchGetItem), or our handler from source (counted).
 */
export type WarmReadKind = 'bundle' | 'raw' | 'rawPair' | 'source';

export interface WarmRequest {
  id: number;
  kind: WarmReadKind;
  shape: string;
}

export interface WarmAnswer {
  id: number;
  ms: number;
  /** DynamoDB requests by operation, counted on http.request. */
  http: Record<string, number>;
  /** Ours from source: by the SDK middleware on runtime.dynamo.client. */
  sdk?: Record<string, number>;
  /** What a handler answered (handler reads), or items the raw Query returned. */
  counts?: MapCounts;
  items?: number;
  error?: string;
}

type Handler = (event: unknown, context: Context, callback: () => void) => Promise<unknown>;

const LAMBDA_CONTEXT = {
  awsRequestId: 'bench',
  functionName: 'bench',
  callbackWaitsForEmptyEventLoop: true,
} as Context;

const elapsedMs = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

async function main(): Promise<void> {
  const configFile = process.argv[2];
  if (!configFile || !process.send) throw new Error('usage: warmChild.ts <config.json>, forked');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as WarmChildConfig;
  const { handler: bundleHandler } = createRequire(__filename)(config.bundleFile) as {
    handler: Handler;
  };

  const readers: Partial<Record<WarmReadKind, (mapId: string) => Promise<WarmAnswer>>> = {};

  /** One handler read: the event is built before the clock starts, the answer checked after. */
  const handlerRead =
    (handler: Handler, sdk?: { reset(): void; byCommand(): Record<string, number> }) =>
    async (mapId: string): Promise<WarmAnswer> => {
      const event = mapEvent(mapId, config.authorization);
      http.reset();
      sdk?.reset();
      const started = process.hrtime.bigint();
      const response = await handler(event, LAMBDA_CONTEXT, () => undefined);
      const ms = elapsedMs(started);
      return {
        id: 0,
        ms,
        http: http.byOperation(),
        ...(sdk ? { sdk: sdk.byCommand() } : {}),
        counts: countsOfResponse(response),
      };
    };
  readers.bundle = handlerRead(bundleHandler);

  if (config.side === 'ours') {
    const { endpoint, tableName, workspaceId } = config;
    if (!endpoint || !tableName || !workspaceId) throw new Error('ours needs the table');
    // From source, after the environment is set (the runtime reads it at module scope).
    const { runtime } = await import('../../functions/runtime');
    const { handler } = await import('../../functions/graphql');
    const { attachRequestCounter } = await import('../support/requestCounter');
    readers.source = handlerRead(
      handler as unknown as Handler,
      attachRequestCounter(runtime.dynamo.client),
    );

    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { BatchGetCommand, DynamoDBDocumentClient, QueryCommand } =
      await import('@aws-sdk/lib-dynamodb');
    const { readMapParams } = await import('../../store/maps/mapParams');
    const { HEADER_SK, personaKey } = await import('../../store/keys');
    const raw = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint,
        region: process.env.AWS_REGION ?? 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    /** The map partition, as our store reads it: one request per MB (the bench maps are far smaller). */
    const queryMap = async (mapId: string) => {
      const params = readMapParams(tableName, workspaceId, mapId);
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await raw.send(new QueryCommand({ ...params, ExclusiveStartKey: start }));
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      return items;
    };
    readers.raw = async (mapId) => {
      http.reset();
      const started = process.hrtime.bigint();
      const items = await queryMap(mapId);
      const ms = elapsedMs(started);
      return { id: 0, ms, http: http.byOperation(), items: items.length };
    };
    readers.rawPair = async (mapId) => {
      http.reset();
      const started = process.hrtime.bigint();
      const items = await queryMap(mapId);
      const header = items.find((item) => item.SK === HEADER_SK);
      const personaIds = (header?.personaIds ?? []) as string[];
      const personas = await raw.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: personaIds.map((id) => personaKey(workspaceId, id)),
              ConsistentRead: true,
            },
          },
        }),
      );
      const ms = elapsedMs(started);
      const found = personas.Responses?.[tableName]?.length ?? 0;
      return { id: 0, ms, http: http.byOperation(), items: items.length + found };
    };
  }

  process.on('message', (message: WarmRequest) => {
    const read = readers[message.kind];
    const mapId = config.maps[message.shape];
    const answer =
      read && mapId
        ? read(mapId)
        : Promise.reject(new Error(`${config.side} cannot read ${message.kind} ${message.shape}`));
    answer.then(
      (result) => process.send?.({ ...result, id: message.id }),
      (error: unknown) =>
        process.send?.({
          id: message.id,
          ms: 0,
          http: {},
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies WarmAnswer),
    );
  });
  // Note: the IPC channel keeps this process alive; it ends when the parent disconnects.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

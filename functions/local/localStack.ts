/**
 * The whole API on this machine: DynamoDB Local (unless one is given), the
 * table, the demo workspace, a development token, serverless-offline on an
 * internal port, and in front of it, on the API's port, the front server
 * with the offline explorer (frontServer.ts); GraphQL subscriptions on their
 * own port (serverless-offline's WebSocket API), fed by the table's stream
 * (streamPump.ts). `npm start` (start.ts) and the end-to-end tests all start
 * it from here.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Role } from '../../domain/shared/enums';
import { seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { freePort, startLocalDynamo } from '../../infra/localDynamo';
import { createStores } from '../../store/createStores';
import { createDynamo, forUnitOfWork } from '../../store/dynamo/dynamoClient';
import { ensureTable } from '../../store/dynamo/tableSetup';
import { devKeyFiles, ensureDevKeys, mintDevToken } from '../auth/localDevKeys';
import { lockDataDir } from './dataDirLock';
import { buildExplorer } from './explorer/buildExplorer';
import { renderExplorerPage } from './explorer/explorerPage';
import { renderSandboxPage } from './explorer/sandboxPage';
import { SANDBOX_PATH, startFrontServer } from './frontServer';
import { portIsFree } from './portIsFree';
import { startServerlessOffline } from './serverlessOffline';
import { writeStackInfo } from './stackInfo';
import { startStreamPump } from './streamPump';

/** What to start, and where; every field has a default for `npm start`. */
export interface LocalStackOptions {
  /** Development keys, and the database unless `dynamodbEndpoint` is set (default `.data`). */
  dataDir?: string;
  /** The API's port, where the front server listens; 0 picks a free one (default 4000). */
  port?: number;
  /** serverless-offline's HTTP port, behind the front server (default: a free one). */
  offlinePort?: number;
  /** serverless-offline's Lambda invoke port (default: a free one). */
  lambdaPort?: number;
  /** The WebSocket port (GraphQL subscriptions); 0 picks a free one (default 4001, or a free one when taken). */
  websocketPort?: number;
  /** An already running DynamoDB; when absent, DynamoDB Local starts on `<dataDir>/dynamodb`. */
  dynamodbEndpoint?: string;
  /** DynamoDB Local's port (default 8000, or a free one when 8000 is taken and this is unset). */
  dynamodbPort?: number;
  /** Delete `<dataDir>/dynamodb` before starting DynamoDB Local. */
  fresh?: boolean;
  /** Default `journey-map-local`. */
  tableName?: string;
  /** The demo workspace seeded, and the workspace of the returned token (default `demo`). */
  workspaceId?: string;
  /** The returned token's role (default OWNER). */
  role?: Role;
  /** serverless-offline's output once it is up (request logs, the functions' logs). */
  onOutput?: (text: string) => void;
  /** Aborting during start-up stops what has started and rejects. */
  signal?: AbortSignal;
}

/** A running stack: where it listens, a token to call it with, and how to stop it. */
export interface LocalStack {
  /** `http://localhost:<port>/graphql` */
  url: string;
  /** `http://localhost:<port>` */
  baseUrl: string;
  /** `ws://localhost:<websocketPort>`: GraphQL subscriptions (graphql-transport-ws). */
  webSocketUrl: string;
  /** A bearer token for `workspaceId` with `role`. */
  token: string;
  workspaceId: string;
  role: Role;
  /** The demo journey map, preset in the explorer and the Sandbox. */
  mapId: string;
  /** Whether the demo was seeded now (false: it was already there). */
  seeded: boolean;
  tableName: string;
  dynamodbEndpoint: string;
  /** Milliseconds spent on each start-up step (the seed, offline and explorer overlap) and in all. */
  timings: {
    dynamodb: number;
    table: number;
    seed: number;
    offline: number;
    explorer: number;
    total: number;
  };
  /** Stops everything this call started (not a DynamoDB it was given). */
  stop(): Promise<void>;
}

const DEFAULT_DYNAMODB_PORT = 8000;
const DEFAULT_WEBSOCKET_PORT = 4001;

/** `wanted` (0 picks a free port); else `preferred` when it is free; else a free port. */
async function choosePort(
  wanted: number | undefined,
  preferred: number | undefined,
  what: string,
): Promise<number> {
  if (wanted !== undefined && wanted !== 0) {
    if (await portIsFree(wanted)) return wanted;
    throw new Error(
      `Port ${wanted} (${what}) is in use: stop what uses it, or choose another port.`,
    );
  }
  if (wanted === undefined && preferred !== undefined && (await portIsFree(preferred))) {
    return preferred;
  }
  return freePort();
}

/** Starts the stack; the caller must call `stop()` (also on SIGINT/SIGTERM). */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir ?? '.data');
  const tableName = options.tableName ?? 'journey-map-local';
  const workspaceId = options.workspaceId ?? 'demo';
  const role = options.role ?? 'OWNER';
  const stoppers: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse()) await stopOne();
  };
  const startedAt = performance.now();
  const timings = { dynamodb: 0, table: 0, seed: 0, offline: 0, explorer: 0, total: 0 };
  const timed = async <T>(step: keyof typeof timings, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings[step] = Math.round(performance.now() - started);
    return result;
  };

  try {
    // Note: a taken API port (typically a second npm start) fails before anything starts.
    const port = await choosePort(options.port ?? 4000, undefined, 'the API, PORT');
    mkdirSync(dataDir, { recursive: true });
    const keys = ensureDevKeys(devKeyFiles(dataDir));

    let dynamodbEndpoint = options.dynamodbEndpoint;
    if (!dynamodbEndpoint) {
      stoppers.push(lockDataDir(dataDir));
      const dbDir = join(dataDir, 'dynamodb');
      if (options.fresh) rmSync(dbDir, { recursive: true, force: true });
      const dbPort = await choosePort(
        options.dynamodbPort,
        DEFAULT_DYNAMODB_PORT,
        'DynamoDB Local, DYNAMODB_PORT',
      );
      const dynamo = await timed('dynamodb', () =>
        startLocalDynamo({ dataDir: dbDir, port: dbPort }),
      );
      stoppers.push(() => dynamo.stop());
      dynamodbEndpoint = dynamo.endpoint;
      options.signal?.throwIfAborted();
    }

    const dynamo = createDynamo({ tableName, endpoint: dynamodbEndpoint });
    stoppers.push(() => dynamo.client.destroy());
    await timed('table', () => ensureTable(dynamo));
    // Note: lets `npm run token -- --api-key` find this DynamoDB while the stack runs.
    stoppers.push(writeStackInfo(dataDir, { dynamodbEndpoint, tableName }));
    options.signal?.throwIfAborted();
    const token = mintDevToken(keys, { workspaceId, role, userId: `local-${role.toLowerCase()}` });
    const lambdaPort = await choosePort(
      options.lambdaPort,
      undefined,
      'Lambda invoke, LAMBDA_PORT',
    );
    const offlinePort = await choosePort(options.offlinePort, undefined, 'serverless-offline');
    const websocketPort = await choosePort(
      options.websocketPort,
      DEFAULT_WEBSOCKET_PORT,
      'WebSocket subscriptions, WS_PORT',
    );
    const webSocketEndpoint = `http://localhost:${websocketPort}`;

    // Note: the seed, serverless-offline's boot (bundle, start, first /health) and the explorer's
    // build take seconds each and need nothing from each other: the demo map's id is fixed.
    const [seeding, serving, building] = await Promise.allSettled([
      timed('seed', () =>
        seedDemoWorkspace((retry) => createStores(forUnitOfWork(dynamo, retry)), { workspaceId }),
      ),
      timed('offline', () =>
        startServerlessOffline({
          port: offlinePort,
          lambdaPort,
          websocketPort,
          stage: 'local',
          env: {
            STAGE: 'local',
            TABLE_NAME: tableName,
            DYNAMODB_ENDPOINT: dynamodbEndpoint,
            LOCAL_JWKS_FILE: keys.publicJwksFile,
            LOCAL_DEV: 'true',
            // No bus locally: the stream function prints the events it would publish.
            EVENT_BUS_NAME: '',
            WEBSOCKET_API_ENDPOINT: webSocketEndpoint,
          },
          ...(options.onOutput ? { onOutput: options.onOutput } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        }),
      ),
      timed('explorer', () => buildExplorer()),
    ]);
    if (serving.status === 'fulfilled') stoppers.push(() => serving.value.stop());
    options.signal?.throwIfAborted();
    if (seeding.status === 'rejected') throw seeding.reason;
    if (serving.status === 'rejected') throw serving.reason;
    if (building.status === 'rejected') throw building.reason;
    const demo = seeding.value;

    // Note: from the end of the stream as it is now: the seed is not news.
    const pump = await startStreamPump({
      dynamo,
      dynamoEndpoint: dynamodbEndpoint,
      lambdaEndpoint: `http://localhost:${lambdaPort}`,
      functionName: 'journey-map-api-local-streams',
      log: (line) => options.onOutput?.(`${line}\n`),
    });
    stoppers.push(() => pump.stop());

    const baseUrl = `http://localhost:${port}`;
    const page = renderExplorerPage({
      url: `${baseUrl}/graphql`,
      token,
      role,
      workspaceId,
      mapId: demo.mapId,
      sandboxPath: SANDBOX_PATH,
    });
    const front = await startFrontServer({
      port,
      upstream: serving.value.baseUrl,
      explorer: { page, assets: building.value.assets },
      sandboxPage: renderSandboxPage({ url: `${baseUrl}/graphql`, token, mapId: demo.mapId }),
    });
    stoppers.push(() => front.close());
    timings.total = Math.round(performance.now() - startedAt);

    return {
      url: `${front.baseUrl}/graphql`,
      baseUrl: front.baseUrl,
      webSocketUrl: `ws://localhost:${websocketPort}`,
      token,
      workspaceId,
      role,
      mapId: demo.mapId,
      seeded: demo.created,
      tableName,
      dynamodbEndpoint,
      timings,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

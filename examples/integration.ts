/**
 * An integration, as a scheduled job would run it: it authenticates with an
 * API key, pushes a week of survey results into the map's KPIs in one
 * request, adds a touchpoint, and publishes a version — each write with an
 * Idempotency-Key, retried with exponential back-off and jitter on what is
 * worth retrying (the network, 429, 503 SERVICE_UNAVAILABLE, 409 CONFLICT
 * while the same key is still running), never on what is not (a bad input, a
 * stale revision). It prints what it did as one JSON line.
 *
 * Standalone (Node.js 18+, no dependency): copy it and adapt it.
 *
 *   API_KEY=$(npm run --silent token -- --workspace demo --role EDITOR --api-key)
 *   API_KEY=$API_KEY npx tsx examples/integration.ts
 *
 * | variable | default |
 * |---|---|
 * | API_URL | http://localhost:4000/graphql |
 * | API_KEY | (required) `jmk.<workspace>.<id>.<secret>` |
 * | MAP_ID | the demo map, 01J7B05SM0DEM0MP0000000001 |
 * | WEEK | the survey week the feed sends, e.g. 2025-W12 (default: this week) |
 */
import { randomUUID } from 'node:crypto';

const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';
const MAP_ID = process.env.MAP_ID ?? '01J7B05SM0DEM0MP0000000001';

/** A GraphQL error as the API answers it (`extensions.code` is the contract's). */
interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    retryable?: boolean;
    idempotency?: string;
    issues?: { path: (string | number)[]; message: string }[];
  };
}

/** A failed request: what the API said, and whether sending it again may succeed. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
    readonly retryable: boolean,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'ApiRequestError';
  }
}

/**
 * A GraphQL operation that carries the types of its answer and variables (as
 * graphql-codegen's TypedDocumentNode does), so that each call is checked.
 */
export type Operation<TData, TVariables> = string & { readonly __types?: [TData, TVariables] };

export const operation = <TData, TVariables extends object = Record<string, never>>(
  query: string,
): Operation<TData, TVariables> => query;

export interface RequestOptions {
  /** Sent as Idempotency-Key: the same on every retry of one logical write. */
  idempotencyKey?: string;
  /** Attempts in all (default 6). */
  attempts?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Full-jitter exponential back-off: a random wait up to 200 ms × 2^attempt (max 5 s), or Retry-After. */
function backOff(attempt: number, retryAfter: string | null): number {
  const hinted = retryAfter === null ? NaN : Number(retryAfter) * 1000;
  const cap = Math.min(5000, 200 * 2 ** attempt);
  return Number.isFinite(hinted) ? hinted + Math.random() * 200 : Math.random() * cap;
}

/** Whether an answer is worth sending again, with the same Idempotency-Key. */
function isRetryable(status: number, errors: ApiError[]): boolean {
  if (status === 429 || status === 502 || status === 503 || status === 504) return true;
  return errors.some(
    (e) =>
      e.extensions?.code === 'SERVICE_UNAVAILABLE' ||
      e.extensions?.retryable === true ||
      e.extensions?.idempotency === 'IN_FLIGHT',
  );
}

/** Sends one operation; retries what is retryable; throws ApiRequestError otherwise. */
export async function graphql<TData, TVariables extends object>(
  apiKey: string,
  query: Operation<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<{ data: TData; replayed: boolean }> {
  const attempts = options.attempts ?? 6;
  for (let attempt = 0; ; attempt++) {
    let status: number;
    let errors: ApiError[];
    let retryAfter: string | null = null;
    try {
      const response = await fetch(API_URL, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `ApiKey ${apiKey}`,
          ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      const body = (await response.json()) as { data?: TData | null; errors?: ApiError[] };
      errors = body.errors ?? [];
      if (errors.length === 0 && body.data) {
        return {
          data: body.data,
          replayed: response.headers.get('idempotent-replayed') === 'true',
        };
      }
    } catch (error) {
      // The network failed: the request may or may not have arrived; the key makes a retry safe.
      errors = [{ message: error instanceof Error ? error.message : String(error) }];
      status = 0;
    }
    const retryable = status === 0 || isRetryable(status, errors);
    if (!retryable || attempt + 1 >= attempts) throw new ApiRequestError(status, errors, retryable);
    await sleep(backOff(attempt, retryAfter));
  }
}

interface MapData {
  journeyMap: {
    id: string;
    title: string;
    stages: { id: string; name: string; kpis: { id: string; name: string; type: string }[] }[];
  };
}

interface FeedData {
  recordKpiMeasurements: {
    recorded: number;
    duplicates: number;
    results: { kpiId: string; externalId: string | null; status: 'RECORDED' | 'DUPLICATE' }[];
  };
}

interface FeedVariables {
  input: {
    mapId: string;
    measurements: {
      kpiId: string;
      value: number;
      measuredAt: string;
      source: string;
      externalId: string;
    }[];
  };
}

/** The ISO week of a date, e.g. 2025-W12. */
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const start = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - start) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const ME = operation<{ viewer: { workspaceId: string; role: string } }>(
  'query Me { viewer { workspaceId role } }',
);

const MAP = operation<MapData, { id: string }>(
  'query Map($id: ID!) { journeyMap(id: $id) { id title stages { id name kpis { id name type } } } }',
);

const FEED = operation<FeedData, FeedVariables>(/* GraphQL */ `
  mutation Feed($input: RecordKpiMeasurementsInput!) {
    recordKpiMeasurements(input: $input) {
      recorded
      duplicates
      results {
        kpiId
        externalId
        status
      }
    }
  }
`);

const ADD_TOUCHPOINT = operation<
  { addTouchpoint: { touchpoint: { id: string; name: string } } },
  { input: { mapId: string; stageId: string; name: string; channel: string } }
>(
  'mutation Add($input: AddTouchpointInput!) { addTouchpoint(input: $input) { touchpoint { id name } } }',
);

const PUBLISH = operation<
  { publishJourneyMapVersion: { version: { number: number; label: string } } },
  { input: { mapId: string; label: string; notes: string } }
>(
  'mutation Publish($input: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $input) { version { number label } } }',
);

async function main(): Promise<void> {
  const apiKey = process.env.API_KEY;
  if (!apiKey) {
    throw new Error(
      'Set API_KEY (npm run --silent token -- --workspace demo --role EDITOR --api-key).',
    );
  }
  const week = process.env.WEEK ?? isoWeek(new Date());

  const me = await graphql(apiKey, ME, {});
  const { data: map } = await graphql(apiKey, MAP, { id: MAP_ID });
  const kpis = map.journeyMap.stages.flatMap((s) => s.kpis);

  // A week of daily survey results for each KPI; the survey tool's ids make a resend harmless.
  const measurements = kpis
    .flatMap((kpi, k) =>
      Array.from({ length: 7 }, (_, day) => ({
        kpiId: kpi.id,
        value: 40 + k + day / 10,
        measuredAt: new Date(Date.UTC(2025, 0, 1 + day, 18)).toISOString(),
        source: `Survey export ${week}`,
        externalId: `${week}-${kpi.id}-d${day}`,
      })),
    )
    .slice(0, 100);
  const feedVariables = { input: { mapId: MAP_ID, measurements } };
  const feedKey = `kpi-feed-${week}-${randomUUID()}`;
  const feed = await graphql(apiKey, FEED, feedVariables, { idempotencyKey: feedKey });
  // A retry of the same request (same key): the first answer again, nothing recorded twice.
  const replay = await graphql(apiKey, FEED, feedVariables, { idempotencyKey: feedKey });
  // The next night's job resends the week under a new key: every measurement is a duplicate.
  const resend = await graphql(apiKey, FEED, feedVariables, {
    idempotencyKey: `kpi-feed-${week}-${randomUUID()}`,
  });

  const firstStage = map.journeyMap.stages[0];
  if (!firstStage) throw new Error(`Map ${MAP_ID} has no stage`);
  const added = await graphql(
    apiKey,
    ADD_TOUCHPOINT,
    {
      input: {
        mapId: MAP_ID,
        stageId: firstStage.id,
        name: `Enquête de satisfaction ${week}`,
        channel: 'EMAIL',
      },
    },
    { idempotencyKey: randomUUID() },
  );
  const published = await graphql(
    apiKey,
    PUBLISH,
    { input: { mapId: MAP_ID, label: `Synchro ${week}`, notes: 'Publié par l’intégration' } },
    { idempotencyKey: randomUUID() },
  );

  console.log(
    JSON.stringify({
      workspaceId: me.data.viewer.workspaceId,
      role: me.data.viewer.role,
      map: map.journeyMap.title,
      kpis: kpis.length,
      feed: {
        sent: measurements.length,
        recorded: feed.data.recordKpiMeasurements.recorded,
        duplicates: feed.data.recordKpiMeasurements.duplicates,
      },
      replay: { replayed: replay.replayed, recorded: replay.data.recordKpiMeasurements.recorded },
      resend: {
        recorded: resend.data.recordKpiMeasurements.recorded,
        duplicates: resend.data.recordKpiMeasurements.duplicates,
      },
      touchpoint: added.data.addTouchpoint.touchpoint,
      version: published.data.publishJourneyMapVersion.version,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

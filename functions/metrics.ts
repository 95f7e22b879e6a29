/**
 * Metrics in CloudWatch's Embedded Metric Format: JSON lines on stdout that
 * CloudWatch Logs turns into metrics, with no API call and no agent.
 * Namespace `JourneyMapApi`; every metric has the dimensions `service` and
 * `stage`.
 *
 * | metric | unit | extra dimensions | per |
 * |---|---|---|---|
 * | `Requests` | Count | `operation` and `errorCode`; `errorCode` alone | request |
 * | `DynamoDBRequests` | Count | — | request (retries included) |
 * | `DynamoDBCapacityUnits` | Count | — | request (read and write units DynamoDB reported) |
 * | `RequestDuration` | Milliseconds | — | request |
 * | `ColdStart` | Count | — | container (its first request) |
 *
 * `operation` is the request's root field (`journeyMap`, `addTouchpoint`…),
 * `multiple` or `none` (the request did not reach execution); `errorCode` the
 * first error's code or `OK`. Both come from the schema and the contract's
 * codes, never from what a client typed, so the number of metrics is bounded.
 *
 * A developer's machine and the tests (LOCAL_DEV) publish none unless
 * PUBLISH_METRICS=true asks them to.
 *
 * Note: written here rather than with Powertools' Metrics (see log.ts): an
 * EMF line is one JSON object, and the library's cold-start cost bought
 * nothing these three lines need.
 */
import { SERVICE_NAME } from './log';

export const METRICS_NAMESPACE = 'JourneyMapApi';

/** What a request adds to the metrics. */
export interface RequestMeasures {
  operation: string;
  errorCode: string;
  durationMs: number;
  dynamoRequests: number;
  dynamoCapacityUnits: number;
  /** The container's first request. */
  coldStart: boolean;
}

type Unit = 'Count' | 'Milliseconds';

interface Metric {
  name: string;
  unit: Unit;
  value: number;
}

/** Where a container's metrics go: EMF lines, each with the container's dimensions. */
export interface MetricsSink {
  stage: string;
  write(line: string): void;
}

/** The container's metrics, or null where none are published. */
export function createMetrics(
  options: { stage: string; local: boolean },
  env: NodeJS.ProcessEnv = process.env,
): MetricsSink | null {
  if (options.local && env.PUBLISH_METRICS !== 'true') return null;
  return { stage: options.stage, write: (line) => process.stdout.write(line) };
}

/**
 * One EMF line: its metrics under one dimension set (service and stage, then
 * `dimensions`), at `timestamp` (milliseconds).
 */
export function emfLine(
  stage: string,
  dimensions: Record<string, string>,
  metrics: Metric[],
  timestamp: number,
): string {
  const values: Record<string, string | number> = { service: SERVICE_NAME, stage, ...dimensions };
  for (const metric of metrics) values[metric.name] = metric.value;
  const line = {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['service', 'stage', ...Object.keys(dimensions)]],
          Metrics: metrics.map(({ name, unit }) => ({ Name: name, Unit: unit })),
        },
      ],
    },
    ...values,
  };
  return `${JSON.stringify(line)}\n`;
}

/**
 * Publishes one request's metrics as three EMF lines: `Requests` by operation
 * and error code, `Requests` by error code alone (for alarms, whatever the
 * operation), and the rest by service and stage only, so that only `Requests`
 * is split (each combination of dimension values is a metric CloudWatch
 * bills).
 */
export function publishRequestMetrics(
  sink: MetricsSink,
  measures: RequestMeasures,
  now: number = Date.now(),
): void {
  const request: Metric = { name: 'Requests', unit: 'Count', value: 1 };
  const { operation, errorCode } = measures;
  sink.write(emfLine(sink.stage, { operation, errorCode }, [request], now));
  sink.write(emfLine(sink.stage, { errorCode }, [request], now));
  const perRequest: Metric[] = [
    { name: 'DynamoDBRequests', unit: 'Count', value: measures.dynamoRequests },
    { name: 'DynamoDBCapacityUnits', unit: 'Count', value: measures.dynamoCapacityUnits },
    { name: 'RequestDuration', unit: 'Milliseconds', value: measures.durationMs },
  ];
  if (measures.coldStart) perRequest.push({ name: 'ColdStart', unit: 'Count', value: 1 });
  sink.write(emfLine(sink.stage, {}, perRequest, now));
}

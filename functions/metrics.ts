/**
 * Metrics in CloudWatch's Embedded Metric Format: JSON lines on stdout that
 * CloudWatch Logs turns into metrics, with no API call and no agent
 * (Powertools' Metrics). Namespace `JourneyMapApi`; every metric has the
 * dimensions `service` and `stage`.
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
 * POWERTOOLS_METRICS_DISABLED=false asks them to.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
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

/** The container's metrics, or null where none are published. */
export function createMetrics(
  options: { stage: string; local: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Metrics | null {
  if (options.local && env.POWERTOOLS_METRICS_DISABLED !== 'false') return null;
  return new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: SERVICE_NAME,
    defaultDimensions: { stage: options.stage },
  });
}

/**
 * Publishes one request's metrics as three EMF lines: `Requests` by operation
 * and error code, `Requests` by error code alone (for alarms, whatever the
 * operation), and the rest by service and stage only, so that only `Requests`
 * is split (each combination of dimension values is a metric CloudWatch
 * bills).
 *
 * Note: one line per dimension set because Powertools warns when two sets
 * share a dimension. Synchronous from the first call to the last, so that
 * requests served concurrently by one process (serverless-offline, tests)
 * never mix their dimensions in the shared instance.
 */
export function publishRequestMetrics(metrics: Metrics, measures: RequestMeasures): void {
  metrics.addDimension('operation', measures.operation);
  metrics.addDimension('errorCode', measures.errorCode);
  metrics.addMetric('Requests', MetricUnit.Count, 1);
  metrics.publishStoredMetrics();

  metrics.addDimension('errorCode', measures.errorCode);
  metrics.addMetric('Requests', MetricUnit.Count, 1);
  metrics.publishStoredMetrics();

  metrics.addMetric('DynamoDBRequests', MetricUnit.Count, measures.dynamoRequests);
  metrics.addMetric('DynamoDBCapacityUnits', MetricUnit.Count, measures.dynamoCapacityUnits);
  metrics.addMetric('RequestDuration', MetricUnit.Milliseconds, measures.durationMs);
  // Note: not Powertools' captureColdStartMetric, which builds a second instance (and console) for it.
  if (measures.coldStart) metrics.addMetric('ColdStart', MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
}

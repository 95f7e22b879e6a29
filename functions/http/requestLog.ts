/**
 * One JSON log line per request (GraphQL or pictures), and the request's metrics
 * (metrics.ts), written when its answer is ready: a wrapper around the Lambda
 * handler, so that every answer is counted, whatever produced it.
 *
 * The line (`"message": "graphql request"`, level INFO) holds identifiers,
 * names from the schema, codes and figures only: the API Gateway and Lambda
 * request ids, whether the container was cold, the HTTP method and status,
 * the operation (type, name, root fields), the caller's workspace and role,
 * the duration, the DynamoDB requests and consumed capacity units, and the
 * error codes. Never a header, the body, variables or any part of the answer
 * but its error codes: no token, key or map content can reach it.
 */
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context as LambdaContext,
} from 'aws-lambda';
import { countDynamoUsage, newDynamoUsage, type DynamoUsage } from '../../store/dynamo/dynamoUsage';
import type { Logger } from '../log';
import { publishRequestMetrics, type MetricsSink } from '../metrics';
import { recordRequestFacts, type RequestFacts } from './requestFacts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, lambda?: LambdaContext) => Promise<Result>;

export interface RequestLogOptions {
  logger: Logger;
  /** The line's `message`: which function answered (`graphql request` unless given). */
  message?: string;
  /** Null where no metrics are published (a developer's machine, the tests). */
  metrics: MetricsSink | null;
}

/** An error code as a metric dimension: the contract's codes, nothing a client chose. */
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * The codes of the answer's errors, in order, each once. Only an answer that
 * starts with its errors is read (graphql-http writes `errors` before `data`),
 * so a successful answer is never parsed again.
 */
export function errorCodesOf(result: Result | undefined): string[] {
  const body = result?.body;
  if (typeof body !== 'string' || !body.startsWith('{"errors"')) return [];
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const codes = (errors ?? []).map(({ extensions }) =>
      typeof extensions?.code === 'string' && CODE.test(extensions.code)
        ? extensions.code
        : 'OTHER',
    );
    return [...new Set(codes)];
  } catch {
    return ['OTHER'];
  }
}

/** The request's one code for metrics: its first error's, `HTTP_<status>` without one, or OK. */
function requestErrorCode(codes: string[], status: number): string {
  return codes[0] ?? (status >= 400 ? `HTTP_${status}` : 'OK');
}

const operationOf = (facts: RequestFacts): string =>
  facts.fields.length === 1
    ? (facts.fields[0] ?? 'none')
    : facts.fields.length
      ? 'multiple'
      : 'none';

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

interface Outcome {
  event: APIGatewayProxyEventV2;
  lambda: LambdaContext | undefined;
  result: Result | undefined;
  coldStart: boolean;
  durationMs: number;
  facts: RequestFacts;
  dynamo: DynamoUsage;
}

function record(options: RequestLogOptions, outcome: Outcome): void {
  const { event, result, facts, dynamo } = outcome;
  // A handler that threw is answered 500 by API Gateway.
  const status = result ? (result.statusCode ?? 200) : 500;
  const errorCodes = result ? errorCodesOf(result) : ['INTERNAL_SERVER_ERROR'];
  const errorCode = requestErrorCode(errorCodes, status);
  const durationMs = round(outcome.durationMs, 1);
  options.logger.info(options.message ?? 'graphql request', {
    requestId: event.requestContext.requestId,
    lambdaRequestId: outcome.lambda?.awsRequestId,
    coldStart: outcome.coldStart,
    method: event.requestContext.http.method,
    status,
    operationType: facts.operationType,
    operationName: facts.operationName,
    fields: facts.fields,
    workspaceId: facts.workspaceId,
    role: facts.role,
    durationMs,
    dynamodb: { requests: dynamo.requests, capacityUnits: round(dynamo.capacityUnits, 2) },
    errorCode,
    errorCodes,
  });
  if (!options.metrics) return;
  publishRequestMetrics(options.metrics, {
    operation: operationOf(facts),
    errorCode,
    durationMs,
    dynamoRequests: dynamo.requests,
    dynamoCapacityUnits: round(dynamo.capacityUnits, 2),
    coldStart: outcome.coldStart,
  });
}

/** The handler, writing each request's log line and metrics once it is answered. */
export function withRequestLog(handler: Handler, options: RequestLogOptions): Handler {
  // A container made ahead of requests (provisioned concurrency) has no cold start.
  let cold = process.env.AWS_LAMBDA_INITIALIZATION_TYPE !== 'provisioned-concurrency';
  return async (event, lambda) => {
    const started = performance.now();
    const coldStart = cold;
    cold = false;
    const facts: RequestFacts = { fields: [] };
    const dynamo = newDynamoUsage();
    let result: Result | undefined;
    try {
      result = await recordRequestFacts(facts, () =>
        countDynamoUsage(dynamo, () => handler(event, lambda)),
      );
      return result;
    } finally {
      const durationMs = performance.now() - started;
      try {
        record(options, { event, lambda, result, coldStart, durationMs, facts, dynamo });
      } catch (error) {
        // Never fail a request that was answered because its log line could not be written.
        options.logger.error('request log failed', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  };
}

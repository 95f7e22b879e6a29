/**
 * The handler of the table's stream, wired: records in (a Lambda event from
 * the event source mapping, or DynamoDB Local's stream read by `npm start`),
 * domain events out on the bus, map changes pushed to their subscribers.
 * Each invocation has one retry budget, shared by PutEvents, the pushes and
 * the DynamoDB requests of the fan-out.
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { GraphQLSchema } from 'graphql';
import type { ConnectionPusher } from '../../domain/ports/connectionPusher';
import type { EventPublisher } from '../../domain/ports/eventPublisher';
import { RetryBudget } from '../../domain/shared/retryBudget';
import { journeyMapChange } from '../../domain/subscriptions/journeyMapChange';
import { deliverChange } from '../../resolvers/subscriptions/deliverChange';
import { createFormatError } from '../../resolvers/server/formatError';
import { forUnitOfWork, type DynamoConnection } from '../../store/dynamo/dynamoClient';
import { factFromRecord, type StreamRecordLike } from '../../store/stream/factFromRecord';
import { DynamoConnectionStore } from '../../store/webSocket/dynamoConnectionStore';
import { processStreamBatch, type StreamBatchReport } from './processStreamBatch';

export interface StreamWiring {
  dynamo: DynamoConnection;
  schema: GraphQLSchema;
  /** The bus's publisher for one invocation. */
  publisher: (retry: RetryBudget) => EventPublisher;
  /** The WebSocket API's pusher for one invocation; null when there is none. */
  pusher: (retry: RetryBudget) => ConnectionPusher | null;
  log: (message: string, details: Record<string, unknown>) => void;
  /** Development: internal error messages in pushed errors. */
  local: boolean;
}

/** Processes records; resolves with what the batch did. */
export function createStreamProcessor(wiring: StreamWiring) {
  return async (
    records: readonly StreamRecordLike[],
    requestId = 'stream',
  ): Promise<StreamBatchReport> => {
    const retry = new RetryBudget();
    const connections = new DynamoConnectionStore(forUnitOfWork(wiring.dynamo, retry));
    const pusher = wiring.pusher(retry);
    const formatError = createFormatError({
      exposeInternals: wiring.local,
      requestId,
      log: wiring.log,
    });
    return processStreamBatch(records, {
      factOf: factFromRecord,
      publisher: wiring.publisher(retry),
      deliver: (fact) =>
        pusher
          ? deliverChange(
              { schema: wiring.schema, connections, pusher, formatError },
              fact.workspaceId,
              journeyMapChange(fact),
            )
          : Promise.resolve({ pushed: 0, gone: 0 }),
      log: wiring.log,
    });
  };
}

/** The Lambda handler of the stream's event source mapping (ReportBatchItemFailures). */
export function createStreamHandler(wiring: StreamWiring) {
  const process = createStreamProcessor(wiring);
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const report = await process(event.Records);
    return report.response;
  };
}

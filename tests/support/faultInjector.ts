/**
 * Injects the failures a real DynamoDB and network produce, at a chosen
 * rate, with an interceptor on the function's own client (the one its retry
 * budget drives, store/dynamo/dynamoClient.ts): throttling, transaction
 * conflicts, batches handed back unprocessed, timeouts, refused connections,
 * and responses lost after the request was applied (the write landed; the
 * caller never heard of it). Errors have the shapes the client raises
 * (dynamoServiceError.ts, Node's network errors). Faults are drawn from a
 * seeded generator, so a sequential run replays.
 */
import type { DynamoHttpClient } from '../../store/dynamo/dynamoHttpClient';
import { DynamoServiceError, DynamoTimeoutError } from '../../store/dynamo/dynamoServiceError';
import { seededPrng } from '../unit/support/prng';

export type FaultKind =
  | 'throttling'
  | 'transactionConflict'
  | 'unprocessed'
  | 'timeout'
  | 'connectionRefused'
  | 'lostResponse';

export const FAULT_KINDS: readonly FaultKind[] = [
  'throttling',
  'transactionConflict',
  'unprocessed',
  'timeout',
  'connectionRefused',
  'lostResponse',
];

export interface FaultInjector {
  /** Share of requests that fail, 0…1; 0 turns the injector off. */
  rate: number;
  /** The kinds drawn from (all by default). */
  kinds: readonly FaultKind[];
  /** Requests seen while on, and faults injected by kind. */
  readonly figures: { requests: number; faults: Record<FaultKind, number> };
  /** All faults injected so far. */
  injected(): number;
  reset(): void;
}

const WRITES = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'TransactWriteItems',
  'BatchWriteItem',
]);
const BATCHES = new Set(['BatchWriteItem', 'BatchGetItem']);

const throttled = () =>
  new DynamoServiceError(
    'ProvisionedThroughputExceededException',
    'The level of configured provisioned throughput for the table was exceeded.',
    { httpStatusCode: 400 },
  );

/** A transaction cancelled because another one touched the same item: nothing applied. */
const cancelledByConflict = (items: number) =>
  new DynamoServiceError(
    'TransactionCanceledException',
    'Transaction cancelled, please refer cancellation reasons for specific reasons',
    { httpStatusCode: 400 },
    {
      CancellationReasons: Array.from({ length: Math.max(1, items) }, (_, i) => ({
        Code: i === 0 ? 'TransactionConflict' : 'None',
      })),
    },
  );

/** A single-item write refused because a transaction is under way on that item. */
const itemInTransaction = () =>
  new DynamoServiceError('TransactionConflictException', 'Transaction is ongoing for the item', {
    httpStatusCode: 400,
  });

const timedOut = () => new DynamoTimeoutError('DynamoDB request took longer than 5000 ms');

/** What Node's http throws when nothing listens. */
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), {
    code: 'ECONNREFUSED',
    errno: -111,
    syscall: 'connect',
  });

/** A batch's answer when DynamoDB throttled every item: nothing applied, all handed back. */
function unprocessed(operation: string, input: object): object {
  const { RequestItems } = input as { RequestItems: object };
  return operation === 'BatchGetItem'
    ? { Responses: {}, UnprocessedKeys: RequestItems, $metadata: { httpStatusCode: 200 } }
    : { UnprocessedItems: RequestItems, $metadata: { httpStatusCode: 200 } };
}

export function attachFaultInjector(
  client: DynamoHttpClient,
  options: { seed: number; rate?: number },
): FaultInjector {
  const random = seededPrng(options.seed);
  /** Tokens of transactions applied whose answer was lost. */
  const applied = new Set<string>();
  const figures = {
    requests: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
  };
  const injector: FaultInjector = {
    rate: options.rate ?? 0,
    kinds: FAULT_KINDS,
    figures,
    injected: () => Object.values(figures.faults).reduce((a, b) => a + b, 0),
    reset() {
      figures.requests = 0;
      for (const kind of FAULT_KINDS) figures.faults[kind] = 0;
    },
  };
  // Added after the request counter (startTestApi): every attempt is counted, failed or not.
  client.use(async (call, next) => {
    if (injector.rate <= 0) return next(call);
    figures.requests += 1;
    if (random.next() >= injector.rate) return next(call);
    const { operation, input } = call;
    const token = (input as { ClientRequestToken?: string }).ClientRequestToken;
    const drawn = injector.kinds[random.int(injector.kinds.length)] ?? 'timeout';
    // Reads never conflict; nor does a transaction sent again with the token of one DynamoDB
    // already applied (it answers that one's success); only batches leave items unprocessed.
    // Such a draw is throttling instead.
    const impossible =
      (drawn === 'transactionConflict' &&
        (!WRITES.has(operation) || (token !== undefined && applied.has(token)))) ||
      (drawn === 'unprocessed' && !BATCHES.has(operation));
    const kind = impossible ? 'throttling' : drawn;
    figures.faults[kind] += 1;
    switch (kind) {
      case 'throttling':
        throw throttled();
      case 'transactionConflict': {
        if (operation === 'TransactWriteItems') {
          const { TransactItems } = input as { TransactItems?: unknown[] };
          throw cancelledByConflict(TransactItems?.length ?? 1);
        }
        // A single-item write conflicts with a transaction under way on its item.
        throw itemInTransaction();
      }
      case 'unprocessed':
        return unprocessed(operation, input);
      case 'timeout':
        throw timedOut();
      case 'connectionRefused':
        throw refused();
      case 'lostResponse':
        // Applied by DynamoDB, but the answer never arrives.
        await next(call);
        if (token !== undefined) applied.add(token);
        throw timedOut();
    }
  });
  return injector;
}

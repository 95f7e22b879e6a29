/**
 * Injects the failures a real DynamoDB and network produce, at a chosen
 * rate, with an AWS SDK middleware on the function's own client (the one its
 * retry budget drives, store/dynamo/dynamoClient.ts): throttling, transaction
 * conflicts, batches handed back unprocessed, timeouts, refused connections,
 * and responses lost after the request was applied (the write landed; the
 * caller never heard of it).
 * Faults are drawn from a seeded generator, so a sequential run replays.
 */
import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
  TransactionConflictException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
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

const BATCHES = new Set(['BatchWriteItem', 'BatchGetItem', 'BatchWrite', 'BatchGet']);

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
  'Put',
  'Update',
  'Delete',
  'TransactWrite',
  'BatchWrite',
]);

const throttled = () =>
  new ProvisionedThroughputExceededException({
    message: 'The level of configured provisioned throughput for the table was exceeded.',
    $metadata: { httpStatusCode: 400 },
  });

/** A transaction cancelled because another one touched the same item: nothing applied. */
const cancelledByConflict = (items: number) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
    $metadata: { httpStatusCode: 400 },
    CancellationReasons: Array.from({ length: Math.max(1, items) }, (_, i) => ({
      Code: i === 0 ? 'TransactionConflict' : 'None',
    })),
  });

/** A single-item write refused because a transaction is under way on that item. */
const itemInTransaction = () =>
  new TransactionConflictException({
    message: 'Transaction is ongoing for the item',
    $metadata: { httpStatusCode: 400 },
  });

/** What @smithy/node-http-handler throws when a connection or a request times out. */
const timedOut = () =>
  Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' });

/** What Node's http throws when nothing listens. */
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), {
    code: 'ECONNREFUSED',
    errno: -111,
    syscall: 'connect',
  });

type AttributeMap = Parameters<typeof unmarshall>[0];

/**
 * A batch's answer with every item unprocessed. Note: this middleware answers
 * in place of the service, inside the document client's unmarshalling, so it
 * hands back the items as the document client would (plain values).
 */
function unprocessed(command: string, input: unknown): Record<string, unknown> {
  const requests = (input as { RequestItems: Record<string, unknown> }).RequestItems;
  const plain = (map: AttributeMap) => unmarshall(map);
  if (command.startsWith('BatchGet')) {
    const tables = requests as Record<string, { Keys: AttributeMap[] }>;
    return {
      Responses: {},
      UnprocessedKeys: Object.fromEntries(
        Object.entries(tables).map(([table, get]) => [
          table,
          { ...get, Keys: get.Keys.map(plain) },
        ]),
      ),
    };
  }
  const tables = requests as Record<
    string,
    { PutRequest?: { Item: AttributeMap }; DeleteRequest?: { Key: AttributeMap } }[]
  >;
  return {
    UnprocessedItems: Object.fromEntries(
      Object.entries(tables).map(([table, writes]) => [
        table,
        writes.map((w) =>
          w.PutRequest
            ? { PutRequest: { Item: plain(w.PutRequest.Item) } }
            : { DeleteRequest: { Key: plain(w.DeleteRequest?.Key ?? {}) } },
        ),
      ]),
    ),
  };
}

export function attachFaultInjector(
  client: DynamoDBClient,
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
  // After the request counter (initialize step): every attempt is counted, failed or not.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (injector.rate <= 0) return next(args);
      figures.requests += 1;
      if (random.next() >= injector.rate) return next(args);
      const command = String(context.commandName).replace(/Command$/, '');
      const token = (args.input as { ClientRequestToken?: string }).ClientRequestToken;
      const drawn = injector.kinds[random.int(injector.kinds.length)] ?? 'timeout';
      // Reads never conflict; nor does a transaction sent again with the token of one DynamoDB
      // already applied (it answers that one's success); only batches leave items unprocessed.
      // Such a draw is throttling instead.
      const impossible =
        (drawn === 'transactionConflict' &&
          (!WRITES.has(command) || (token !== undefined && applied.has(token)))) ||
        (drawn === 'unprocessed' && !BATCHES.has(command));
      const kind = impossible ? 'throttling' : drawn;
      figures.faults[kind] += 1;
      switch (kind) {
        case 'throttling':
          throw throttled();
        case 'transactionConflict': {
          if (command === 'TransactWriteItems' || command === 'TransactWrite') {
            const input = args.input as { TransactItems?: unknown[] };
            throw cancelledByConflict(input.TransactItems?.length ?? 1);
          }
          // A single-item write conflicts with a transaction under way on its item.
          throw itemInTransaction();
        }
        case 'unprocessed':
          // DynamoDB throttled every item of the batch: nothing applied, all handed back.
          return { response: {}, output: { $metadata: {}, ...unprocessed(command, args.input) } };
        case 'timeout':
          throw timedOut();
        case 'connectionRefused':
          throw refused();
        case 'lostResponse':
          // Applied by DynamoDB, but the answer never arrives.
          await next(args);
          if (token !== undefined) applied.add(token);
          throw timedOut();
      }
    },
    { step: 'build', name: 'testFaultInjector' },
  );
  return injector;
}

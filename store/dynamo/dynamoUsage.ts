/**
 * What DynamoDB did for one unit of work (a GraphQL request): how many
 * requests were sent, retries included, and the capacity they consumed as
 * DynamoDB reported it. Counted by one interceptor on the process's client
 * (`attachDynamoUsage`, from dynamoClient.ts) for whatever runs inside
 * `countDynamoUsage`, so no store or use case passes anything along; the
 * request log (functions/http/requestLog.ts) reads the totals.
 *
 * Every request that can report its consumed capacity is asked to
 * (`ReturnConsumedCapacity: TOTAL`): here, once, rather than in each builder.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Operation } from './commands';
import type { DynamoHttpClient } from './dynamoHttpClient';

/** One unit of work's DynamoDB requests and consumed capacity units (read and write together). */
export interface DynamoUsage {
  requests: number;
  capacityUnits: number;
}

export const newDynamoUsage = (): DynamoUsage => ({ requests: 0, capacityUnits: 0 });

const current = new AsyncLocalStorage<DynamoUsage>();

/** Runs `work`, adding the DynamoDB requests it sends (and their capacity) to `usage`. */
export function countDynamoUsage<T>(usage: DynamoUsage, work: () => Promise<T>): Promise<T> {
  return current.run(usage, work);
}

/** The operations whose input takes ReturnConsumedCapacity and whose output reports it. */
const REPORTS_CAPACITY: ReadonlySet<Operation> = new Set<Operation>([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

interface CapacityReport {
  CapacityUnits?: number;
}

/** Single-item operations report one object; batches and transactions one per table. */
function capacityUnitsOf(report: CapacityReport | CapacityReport[] | undefined): number {
  if (!report) return 0;
  const reports = Array.isArray(report) ? report : [report];
  return reports.reduce((sum, r) => sum + (r.CapacityUnits ?? 0), 0);
}

/** Adds the counting interceptor to the process's client (once, when the connection is made). */
export function attachDynamoUsage(client: DynamoHttpClient): void {
  client.use(async (call, next) => {
    const reports = REPORTS_CAPACITY.has(call.operation);
    const usage = current.getStore();
    if (usage) usage.requests += 1;
    // A copy: the command's input is the caller's, and may be sent again.
    const output = await next(
      reports && !('ReturnConsumedCapacity' in call.input)
        ? { ...call, input: { ...call.input, ReturnConsumedCapacity: 'TOTAL' } }
        : call,
    );
    if (usage && reports) {
      const { ConsumedCapacity } = output as {
        ConsumedCapacity?: CapacityReport | CapacityReport[];
      };
      usage.capacityUnits += capacityUnitsOf(ConsumedCapacity);
    }
    return output;
  });
}

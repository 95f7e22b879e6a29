/**
 * Counts DynamoDB requests with an interceptor on the function's own client
 * (every attempt, retries included), so tests can assert each operation's
 * request budget.
 */
import type { DynamoHttpClient } from '../../store/dynamo/dynamoHttpClient';

export interface RequestCounter {
  /** DynamoDB operations in the order they were sent, e.g. ['Query', 'BatchGetItem']. */
  readonly commands: string[];
  reset(): void;
  /** Counts per command name. */
  byCommand(): Record<string, number>;
}

export function attachRequestCounter(client: DynamoHttpClient): RequestCounter {
  const commands: string[] = [];
  client.use((call, next) => {
    commands.push(call.operation);
    return next(call);
  });
  return {
    commands,
    reset: () => void commands.splice(0),
    byCommand: () =>
      commands.reduce<Record<string, number>>(
        (counts, c) => ({ ...counts, [c]: (counts[c] ?? 0) + 1 }),
        {},
      ),
  };
}

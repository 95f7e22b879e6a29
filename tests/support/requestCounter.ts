/**
 * Counts DynamoDB requests with an AWS SDK middleware on the function's own
 * client, so tests can assert each operation's request budget.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface RequestCounter {
  /** DynamoDB operations in the order they were sent, e.g. ['Query', 'BatchGetItem']. */
  readonly commands: string[];
  reset(): void;
  /** Counts per command name. */
  byCommand(): Record<string, number>;
}

export function attachRequestCounter(client: DynamoDBClient): RequestCounter {
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'testRequestCounter' },
  );
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

/**
 * Sends a transaction and says what came of it. DynamoDB cancels a
 * transaction that races another on the same item (TransactionConflict),
 * or that it throttles, without applying anything, so it is sent again, with
 * a fresh token, while the unit of work's retry budget allows: concurrent
 * writers without expectedRevision thus all land. Any other cancellation goes to `explain`,
 * which says what the failed operations mean. Every attempt carries a
 * ClientRequestToken, so an attempt re-sent after a timeout (dynamoClient.ts)
 * is applied once, never twice.
 */
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from './commands';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import {
  rejected,
  written,
  type WriteOutcome,
  type WriteRejection,
} from '../../domain/ports/writeOutcome';
import type { Dynamo } from './dynamoClient';
import { cancellationReasons, isItemTooLarge, type CancellationReason } from './dynamoErrors';
import type { TransactItem } from './transactionLimits';

/** Cancellation codes that say "not now" rather than "no": the same write may land if sent again. */
const RACE = 'TransactionConflict';
const THROTTLED = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

const onlyTransient = (reasons: CancellationReason[]) =>
  reasons.some((r) => r.code === RACE || THROTTLED.has(r.code)) &&
  reasons.every((r) => r.code === 'None' || r.code === RACE || THROTTLED.has(r.code));

export async function sendTransaction(
  dynamo: Dynamo,
  items: TransactItem[],
  explain: (reasons: CancellationReason[]) => WriteRejection,
): Promise<WriteOutcome> {
  for (;;) {
    try {
      await dynamo.doc.send(
        new TransactWriteCommand({ TransactItems: items, ClientRequestToken: randomUUID() }),
      );
      return written();
    } catch (error) {
      if (isItemTooLarge(error)) return rejected({ reason: 'itemTooLarge' });
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      if (!onlyTransient(reasons)) return rejected(explain(reasons));
      if (await dynamo.retry.retry()) continue;
      if (reasons.some((r) => r.code === RACE)) return rejected({ reason: 'contention' });
      throw new StorageUnavailableError('DynamoDB throttled the transaction past the retry budget');
    }
  }
}

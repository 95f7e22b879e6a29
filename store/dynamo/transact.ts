/**
 * Sends a transaction and says what came of it. DynamoDB cancels a
 * transaction that races another on the same item (TransactionConflict),
 * or that it throttles, without applying anything, so it is sent again, with
 * a fresh token, while the unit of work's retry budget allows: concurrent
 * writers without expectedRevision thus all land. Any other cancellation goes to `explain`,
 * which says what the failed operations mean. Every attempt carries a
 * ClientRequestToken, so an attempt re-sent after a timeout (dynamoClient.ts)
 * is applied once, never twice. When the unit of work serves a request with
 * an Idempotency-Key, a transaction that commits a change also marks the key
 * (commitMarker.ts), unless it is a preparatory step (`commits: false`).
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
import { TRANSACTION_ITEM_LIMIT, type TransactItem } from './transactionLimits';

/** Cancellation codes that say "not now" rather than "no": the same write may land if sent again. */
const RACE = 'TransactionConflict';
const THROTTLED = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

const onlyTransient = (reasons: CancellationReason[]) =>
  reasons.some((r) => r.code === RACE || THROTTLED.has(r.code)) &&
  reasons.every((r) => r.code === 'None' || r.code === RACE || THROTTLED.has(r.code));

export interface TransactionOptions {
  /**
   * False for a step that prepares a change without making it visible (a
   * large creation's reservation, a large restore's mark): the request's
   * Idempotency-Key is marked by the step that commits.
   */
  commits?: boolean;
}

export async function sendTransaction(
  dynamo: Dynamo,
  items: TransactItem[],
  explain: (reasons: CancellationReason[]) => WriteRejection,
  options: TransactionOptions = {},
): Promise<WriteOutcome> {
  const marker = options.commits === false ? undefined : dynamo.commitMarker;
  // Note: a transaction already at DynamoDB's 100 operations has no room; the key is marked after.
  const marked = marker !== undefined && items.length < TRANSACTION_ITEM_LIMIT;
  const sent = marked ? [...items, marker.operation()] : items;
  for (;;) {
    try {
      await dynamo.doc.send(
        new TransactWriteCommand({ TransactItems: sent, ClientRequestToken: randomUUID() }),
      );
      if (marked) marker.committedWithMarker();
      else await marker?.committedWithoutMarker();
      return written();
    } catch (error) {
      if (isItemTooLarge(error)) return rejected({ reason: 'itemTooLarge' });
      const all = cancellationReasons(error);
      if (!all) throw error;
      // The marker's condition failed: another request took this one's Idempotency-Key over.
      if (marked && all.at(-1)?.code === 'ConditionalCheckFailed') {
        return rejected({ reason: 'superseded' });
      }
      const reasons = marked ? all.slice(0, -1) : all;
      if (!onlyTransient(all)) return rejected(explain(reasons));
      if (await dynamo.retry.retry()) continue;
      if (all.some((r) => r.code === RACE)) return rejected({ reason: 'contention' });
      throw new StorageUnavailableError('DynamoDB throttled the transaction past the retry budget');
    }
  }
}

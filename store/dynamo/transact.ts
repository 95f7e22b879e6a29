import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from './dynamoClient';
import { cancellationReasons, sizeLimitError, type CancellationReason } from './dynamoErrors';

const CONFLICT_ATTEMPTS = 5;
const BASE_DELAY_MS = 10;

const isConflictOnly = (reasons: CancellationReason[]) =>
  reasons.some((r) => r.code === 'TransactionConflict') &&
  reasons.every((r) => r.code === 'TransactionConflict' || r.code === 'None');

/**
 * Sends a transaction. DynamoDB cancels a transaction that races another one
 * on the same item (TransactionConflict) without applying anything, so the
 * very same request is sent again after a jittered pause: concurrent writers
 * without expectedRevision thus all land. Any other cancellation goes to
 * `explain`, which turns the per-operation reasons into the domain error.
 */
export async function sendTransaction(
  dynamo: Dynamo,
  items: NonNullable<TransactWriteCommandInput['TransactItems']>,
  explain: (reasons: CancellationReason[]) => Error,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await dynamo.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      const tooLarge = sizeLimitError(error);
      if (tooLarge) throw tooLarge;
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      if (isConflictOnly(reasons) && attempt < CONFLICT_ATTEMPTS) {
        await new Promise((r) => setTimeout(r, Math.random() * BASE_DELAY_MS * 2 ** attempt));
        continue;
      }
      throw explain(reasons);
    }
  }
}

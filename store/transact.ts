import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from './dynamoClient';
import { cancellationReasons, type CancellationReason } from './dynamoErrors';

/**
 * Sends a transaction; when DynamoDB cancels it, `explain` turns the
 * per-operation reasons into the domain error to throw.
 */
export async function sendTransaction(
  dynamo: Dynamo,
  items: NonNullable<TransactWriteCommandInput['TransactItems']>,
  explain: (reasons: CancellationReason[]) => Error,
): Promise<void> {
  try {
    await dynamo.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons) throw explain(reasons);
    throw error;
  }
}

/** Recognises the DynamoDB errors the stores turn into domain outcomes. */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Item } from './itemCodec';

interface AwsError {
  name?: string;
  Item?: Record<string, unknown>;
  CancellationReasons?: { Code?: string; Item?: Record<string, unknown> }[];
}

const asAwsError = (error: unknown): AwsError =>
  typeof error === 'object' && error !== null ? (error as AwsError) : {};

export const isConditionFailed = (error: unknown): boolean =>
  asAwsError(error).name === 'ConditionalCheckFailedException';

/** The item returned with a failed condition (ReturnValuesOnConditionCheckFailure: ALL_OLD), if any. */
export function conditionFailedItem(error: unknown): Item | null {
  const item = asAwsError(error).Item;
  return item ? unmarshallLoose(item) : null;
}

export interface CancellationReason {
  code: string;
  /** The item as it was, when the failed operation asked for it. */
  item: Item | null;
}

/** The per-operation reasons of a cancelled transaction, or null for any other error. */
export function cancellationReasons(error: unknown): CancellationReason[] | null {
  const e = asAwsError(error);
  if (e.name !== 'TransactionCanceledException' || !e.CancellationReasons) return null;
  return e.CancellationReasons.map((r) => ({
    code: r.Code ?? 'None',
    item: r.Item ? unmarshallLoose(r.Item) : null,
  }));
}

// Note: the document client unmarshalls some error payloads and not others
// (transaction cancellation items arrive as raw AttributeValues), so accept both.
function unmarshallLoose(item: Record<string, unknown>): Item {
  const looksRaw = Object.values(item).every(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Object.keys(v).length === 1 &&
      /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(Object.keys(v)[0] ?? ''),
  );
  return looksRaw ? (unmarshall(item as Parameters<typeof unmarshall>[0]) as Item) : item;
}

/** Recognises the DynamoDB errors the stores turn into domain outcomes. */
import type { Item } from '../items/itemCodec';
import { wireItemToPlain } from './wireItems';

interface AwsError {
  name?: string;
  message?: string;
  Item?: Record<string, unknown>;
  CancellationReasons?: { Code?: string; Message?: string; Item?: Record<string, unknown> }[];
}

const asAwsError = (error: unknown): AwsError =>
  typeof error === 'object' && error !== null ? error : {};

export const isConditionFailed = (error: unknown): boolean =>
  asAwsError(error).name === 'ConditionalCheckFailedException';

/** The item returned with a failed condition (ReturnValuesOnConditionCheckFailure: ALL_OLD), if any. */
export function conditionFailedItem(error: unknown): Item | null {
  const item = asAwsError(error).Item;
  return item ? unmarshallLoose(item) : null;
}

export interface CancellationReason {
  code: string;
  message: string;
  /** The item as it was, when the failed operation asked for it. */
  item: Item | null;
}

/** The per-operation reasons of a cancelled transaction, or null for any other error. */
export function cancellationReasons(error: unknown): CancellationReason[] | null {
  const e = asAwsError(error);
  if (e.name !== 'TransactionCanceledException' || !e.CancellationReasons) return null;
  return e.CancellationReasons.map((r) => ({
    code: r.Code ?? 'None',
    message: r.Message ?? '',
    item: r.Item ? unmarshallLoose(r.Item) : null,
  }));
}

// Note: error answers carry items as DynamoDB sent them (AttributeValues, binary in
// base64); tests may inject errors whose items are plain values already, so accept both.
function unmarshallLoose(item: Record<string, unknown>): Item {
  const looksRaw = Object.values(item).every(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Object.keys(v).length === 1 &&
      /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(Object.keys(v)[0] ?? ''),
  );
  return looksRaw ? wireItemToPlain(item) : item;
}

const TOO_LARGE = /item size|size of an item|exceeds? the maximum allowed size|payload size/i;

/**
 * True for a write DynamoDB refused because an item (or the request) would be
 * too large: the caller's input made it so, and nothing was written.
 */
export function isItemTooLarge(error: unknown): boolean {
  const e = asAwsError(error);
  if (e.name !== 'ValidationException' && e.name !== 'TransactionCanceledException') return false;
  const messages = [e.message ?? '', ...(e.CancellationReasons ?? []).map((r) => r.Message ?? '')];
  return messages.some((m) => TOO_LARGE.test(m));
}

/**
 * DynamoDB's limits on one TransactWriteItems request, and the one check of
 * whether a set of operations fits: at most 100 items and 4 MB in all.
 */
import type { TransactWriteCommandInput } from './commands';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export const TRANSACTION_ITEM_LIMIT = 100;
/** 4 MB, less a margin for the request's own framing and attribute type markers. */
export const TRANSACTION_BYTE_BUDGET = 3_600_000;

/** Approximate wire size of a value: its JSON, binary counted as bytes. */
export function approximateSize(value: unknown): number {
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value))
    return value.reduce((sum: number, v) => sum + approximateSize(v) + 1, 2);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce(
      (sum, [k, v]) => sum + Buffer.byteLength(k) + approximateSize(v) + 2,
      2,
    );
  }
  return Buffer.byteLength(JSON.stringify(value ?? null));
}

/** True when the operations fit in one transaction, by count and by size. */
export const fitsInOneTransaction = (items: readonly TransactItem[]): boolean =>
  items.length <= TRANSACTION_ITEM_LIMIT &&
  items.reduce((sum, item) => sum + approximateSize(item), 0) <= TRANSACTION_BYTE_BUDGET;

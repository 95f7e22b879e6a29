/**
 * Opaque page cursors. A cursor carries only the sort-key part of a position,
 * never a partition key: the store rebuilds partition keys from the caller's
 * workspace, so a cursor forged or copied from another tenant can only point
 * into the caller's own data.
 */
import { badInput } from '../errors';

export function encodeCursor(position: Record<string, string>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with exactly `fields`; BAD_USER_INPUT otherwise. */
export function decodeCursor<F extends string>(
  cursor: string,
  fields: readonly F[],
): Record<F, string> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const record = value as Record<string, unknown> | null;
  if (
    record === null ||
    typeof record !== 'object' ||
    Object.keys(record).length !== fields.length ||
    !fields.every((f) => typeof record[f] === 'string' && !(record[f] as string).includes('\u0000'))
  ) {
    throw badInput([{ path: ['after'], message: 'is not a cursor returned by this list' }]);
  }
  return record as Record<F, string>;
}

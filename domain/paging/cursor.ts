/**
 * Opaque page cursors. A cursor carries only the sort-key part of a position,
 * never a partition key: the store rebuilds partition keys from the caller's
 * workspace, so a cursor forged or copied from another tenant can only point
 * into the caller's own data. Each field is checked against the shape its list
 * makes, so a forged cursor is BAD_USER_INPUT, never a storage error.
 */
import { badInput } from '../shared/errors';

export function encodeCursor(position: Record<string, string>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

const notACursor = () =>
  badInput([{ path: ['after'], message: 'is not a cursor returned by this list' }]);

/** Decodes a cursor made by `encodeCursor` with exactly these fields, each of its shape. */
export function decodeCursor<F extends string>(
  cursor: string,
  fields: Readonly<Record<F, RegExp>>,
): Record<F, string> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  const record = value as Record<string, unknown> | null;
  const names = Object.keys(fields) as F[];
  if (
    record === null ||
    typeof record !== 'object' ||
    Object.keys(record).length !== names.length ||
    !names.every((f) => typeof record[f] === 'string' && fields[f].test(record[f]))
  ) {
    throw notACursor();
  }
  return record as Record<F, string>;
}

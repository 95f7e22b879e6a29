/**
 * Which field of an input makes the item it writes too large. DynamoDB only
 * says that an item passed 400 KB, not why; the field that weighs the most
 * in the input is the one a client can shorten, so BAD_USER_INPUT names it.
 */
import { Buffer } from 'node:buffer';
import type { InputPath } from '../shared/errors';

/** What a value weighs once stored, near enough to compare fields: its JSON in UTF-8 bytes. */
export const storedBytes = (value: unknown): number =>
  // Note: JSON.stringify(undefined) is undefined, whatever its type says.
  value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The path of the heaviest field of `input` (the first one on a tie), inside
 * nested objects too (`input.scope.stakeholders`); a list is named whole,
 * since it is the list that is too long. `prefix` alone when there is no field.
 */
export function largestField(input: unknown, prefix: InputPath = ['input']): InputPath {
  if (!isPlainObject(input)) return prefix;
  let heaviest: { key: string; bytes: number } | null = null;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const bytes = storedBytes(value);
    if (!heaviest || bytes > heaviest.bytes) heaviest = { key, bytes };
  }
  if (!heaviest) return prefix;
  return largestField(input[heaviest.key], [...prefix, heaviest.key]);
}

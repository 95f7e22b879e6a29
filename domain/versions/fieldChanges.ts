/** Field-level differences between two records, as the diff reports them. */

/** A JSON scalar, or a JSON-encoded string for lists and objects (CONTRACT.md, JourneyMapDiff). */
export type DiffValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  before: DiffValue;
  after: DiffValue;
}

const asDiffValue = (value: unknown): DiffValue =>
  value === undefined
    ? null
    : typeof value === 'object' && value !== null
      ? JSON.stringify(value)
      : (value as DiffValue);

/** The changes of the listed fields, in the order listed. */
export function fieldChanges<T>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = asDiffValue(before[field]);
    const a = asDiffValue(after[field]);
    if (b !== a) changes.push({ field, before: b, after: a });
  }
  return changes;
}

/**
 * The limits an input schema declares, read from the zod schema itself (its
 * checks), so that the attack suite aims just past each one the domain states
 * — and fails where a field states none (an unbounded string, list or number).
 */
import type * as z from 'zod';

/** What a field of an input is, with its bounds (null: none declared). */
export type Shape =
  | { kind: 'string'; minLength: number; maxLength: number | null; pattern: RegExp | null }
  | { kind: 'number'; int: boolean; min: number | null; max: number | null }
  | { kind: 'array'; maxItems: number | null; element: Shape }
  | { kind: 'enum'; values: string[] }
  | { kind: 'boolean' }
  | { kind: 'object'; fields: Record<string, Shape> }
  | { kind: 'other'; type: string };

/** The parts of zod's definitions this reads (zod 4's `_zod.def`). */
interface Def {
  type: string;
  innerType?: Internals;
  in?: Internals;
  element?: Internals;
  shape?: Record<string, Internals>;
  entries?: Record<string, string>;
  getter?: () => Internals;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}

interface Internals {
  _zod: { def: Def };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/** The schema under its wrappers (lazy, optional, nullable, defaults, transforms). */
function core(schema: Internals): Internals {
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

const checksOf = (schema: Internals): CheckDef[] =>
  (schema._zod.def.checks ?? []).map((c) => c._zod.def);

/** The shape of a zod schema. */
export function shapeOf(schema: z.ZodType): Shape {
  return shapeOfInternals(schema);
}

function shapeOfInternals(schema: Internals): Shape {
  const inner = core(schema);
  const def = inner._zod.def;
  const checks = checksOf(inner);
  switch (def.type) {
    case 'string': {
      const max = checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity);
      const min = checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0);
      const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
      return {
        kind: 'string',
        maxLength: max.length ? Math.min(...max) : null,
        minLength: min.length ? Math.max(...min) : 0,
        pattern: pattern?.pattern ?? null,
      };
    }
    case 'number':
      return {
        kind: 'number',
        int: inner.isInt ?? false,
        min: inner.minValue ?? null,
        max: inner.maxValue ?? null,
      };
    case 'array': {
      const max = checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity);
      if (!def.element) throw new Error('an array without an element schema');
      return {
        kind: 'array',
        maxItems: max.length ? Math.min(...max) : null,
        element: shapeOfInternals(def.element),
      };
    }
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'object':
      return {
        kind: 'object',
        fields: Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([name, field]) => [name, shapeOfInternals(field)]),
        ),
      };
    default:
      return { kind: 'other', type: def.type };
  }
}

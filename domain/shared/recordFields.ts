/**
 * Building blocks of the entity declarations (`domain/<entity>/<entity>.ts`):
 * each entity's stored shape is one zod object, built on its first use (a
 * cold start builds only those its request reads), which gives its TypeScript
 * type, decodes its stored items (store/items/itemCodec.ts) and names the
 * fields GraphQL resolves with the default resolver and a diff compares.
 *
 * They check types, not input limits: a record was valid when it was written,
 * and a limit tightened since must not make old data unreadable. A field
 * added after items were written says what those items hold (`nullable` →
 * null, `list` → []); a required field that is missing makes the item
 * corrupt, an error that names its key, never a silent default.
 */
import * as z from 'zod';
import { once } from './once';

/** An optional value: null when unset, and for items written before the field existed. */
export const nullable = <S extends z.ZodType>(schema: S) => schema.nullable().default(null);

/** A list: empty when unset, and for items written before the field existed. */
export const list = <S extends z.ZodType>(item: S) => z.array(item).default([]);

// Note: the leaf schemas below are built once and shared by every declaration: zod schemas
// never change once built, and one per field cost a cold start's first map read ~80 schemas.

/** A string. */
export const string = once(() => z.string());
/** A string, null when unset. */
export const nullableString = once(() => nullable(z.string()));
/** A list of strings, empty when unset. */
export const stringList = once(() => list(z.string()));

/** Fields every entity carries. `revision` starts at 1 and grows by one per change. */
export const audited = once(() => ({
  revision: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
}));

export type Audited = z.infer<z.ZodObject<ReturnType<typeof audited>>>;

/** Fields that are bookkeeping, not content: no diff reports them. */
export const BOOKKEEPING_FIELDS = ['id', 'revision', 'createdAt', 'updatedAt'] as const;

/**
 * The content fields of an entity, in declaration order: what a diff
 * compares and a restore puts back. Fields listed in `except` are handled
 * apart (a parent id, an order key).
 */
export function contentFields<Shape extends z.ZodRawShape, Except extends keyof Shape & string>(
  entity: z.ZodLazy<z.ZodObject<Shape>>,
  except: readonly Except[] = [],
): Exclude<keyof Shape & string, Except | (typeof BOOKKEEPING_FIELDS)[number]>[] {
  const skipped = new Set<string>([...BOOKKEEPING_FIELDS, ...except]);
  return Object.keys(entity.unwrap().shape).filter((field) => !skipped.has(field)) as Exclude<
    keyof Shape & string,
    Except | (typeof BOOKKEEPING_FIELDS)[number]
  >[];
}

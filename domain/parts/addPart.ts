/**
 * The one way a part is added to a map. Appending needs no read: an ordered
 * part's key comes from the clock, and its parent's existence is a condition
 * of the write's own transaction. Inserting at a position reads the map once
 * to find the neighbours.
 */
import type * as z from 'zod';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { readMapForWrite } from '../maps/readMapForWrite';
import { partIn } from '../maps/mapView';
import { appendKey } from '../ordering/orderKeys';
import { placeAt } from '../ordering/placement';
import type { MapChange } from '../ports/mapWrite';
import { notFound } from '../shared/errors';
import { newId } from '../shared/ids';
import { largestField } from '../validation/largestField';
import { parseInput } from '../validation/parseInput';
import { PART_ENTITY, type MapPartKind, type MapPartRecords } from './mapParts';
import { commitMapWrite } from './commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { operationName } from './partInputs';
import { ORDERED_AMONG, PARENT, isOrdered } from './partKinds';
import { partRef, type PartRef } from './partRef';
import { placementChanges } from './placementChanges';

/** A new part's own content, its id included: bookkeeping and order key are added here. */
export type NewPart<K extends MapPartKind> = Omit<
  MapPartRecords[K],
  'revision' | 'createdAt' | 'updatedAt' | 'orderKey'
>;

export interface PartAddition<K extends MapPartKind> {
  /** The mutation, for the history entry. */
  operation: string;
  kind: K;
  mapId: string;
  fields: NewPart<K>;
  /** Ordered parts only: where among the siblings; absent or null appends. */
  position?: number | null;
  summary: (record: MapPartRecords[K]) => string;
  /** More changes of the same transaction (the links of an improvement). */
  also?: (record: MapPartRecords[K]) => MapChange[];
}

export async function addPart<K extends MapPartKind>(
  ctx: UseCaseContext,
  addition: PartAddition<K>,
): Promise<PartRef<K>> {
  const { kind, mapId, fields, position } = addition;
  const parent = PARENT[kind];
  const parentId = parent ? String((fields as Record<string, unknown>)[parent.field]) : null;
  return redoWhenStale(ctx, async () => {
    const now = nowIso(ctx);
    const placed: { orderKey?: string; at: number | null; changes: MapChange[] } = {
      at: null,
      changes: [],
    };
    if (isOrdered(kind)) {
      placed.orderKey = appendKey(ctx.clock.now().getTime());
      if (position != null) {
        const view = await readMapForWrite(ctx, mapId);
        if (parent && parentId && !partIn(view, parent.part, parentId)) {
          throw notFound(PART_ENTITY[parent.part], parentId);
        }
        const siblings = ORDERED_AMONG[kind](view, parentId ?? '');
        const placement = placeAt(siblings, position);
        placed.orderKey = placement.orderKey;
        placed.at = Math.min(position, siblings.length);
        placed.changes = placementChanges(kind, placement);
      }
    }
    const record = {
      ...fields,
      ...(placed.orderKey !== undefined ? { orderKey: placed.orderKey } : {}),
      revision: 1,
      createdAt: now,
      updatedAt: now,
    } as MapPartRecords[K];
    await commitMapWrite(
      ctx,
      mapId,
      {
        now,
        actor: actorOf(ctx.viewer),
        changes: [
          ...(parent && parentId
            ? [{ kind: 'require', part: parent.part, id: parentId } as const]
            : []),
          { kind: 'create', part: kind, record } as MapChange,
          ...placed.changes,
          ...(addition.also?.(record) ?? []),
        ],
        history: {
          operation: addition.operation,
          entity: PART_ENTITY[kind],
          entityId: record.id,
          summary: addition.summary(record),
        },
      },
      // The part's fields are named as in its input.
      { tooLarge: largestField(fields) },
    );
    return partRef(kind, mapId, record, placed.at);
  });
}

/** What every add input holds besides the new part's content. */
interface AdditionInput {
  mapId: string;
  id?: string | null | undefined;
  position?: number | null | undefined;
}

/**
 * The use case that adds one kind of part: its input parsed
 * (`add<Kind>Input`), turned into the record's content by `fields` (defaults
 * that depend on other fields: a touchpoint's mode, a KPI's first
 * measurement), with a client-chosen id or a new one.
 */
export function partAddition<K extends MapPartKind, I extends AdditionInput>(
  kind: K,
  input: z.ZodType<I>,
  describe: {
    fields: (input: Omit<I, keyof AdditionInput>, ctx: UseCaseContext) => Omit<NewPart<K>, 'id'>;
    summary: (record: MapPartRecords[K]) => string;
  },
): (ctx: UseCaseContext, rawInput: unknown) => Promise<PartRef<K>> {
  return (ctx, rawInput) => {
    const { mapId, id, position, ...content } = parseInput(input, rawInput);
    return addPart(ctx, {
      operation: operationName('add', kind),
      kind,
      mapId,
      fields: { ...describe.fields(content, ctx), id: id ?? newId() } as NewPart<K>,
      position,
      summary: describe.summary,
    });
  };
}

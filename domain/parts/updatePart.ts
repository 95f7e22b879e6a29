/**
 * The one way a part's fields are changed: a blind write of the fields sent.
 * Nothing is read, so concurrent edits of different fields all land; a
 * caller that pins `expectedRevision` gets CONFLICT instead when someone
 * else changed the part first.
 */
import type * as z from 'zod';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import type { Editable, MapChange } from '../ports/mapWrite';
import { definedOnly } from '../shared/definedOnly';
import { largestField } from '../validation/largestField';
import { parseInput } from '../validation/parseInput';
import { PART_ENTITY, type MapPartKind, type MapPartRecords } from './mapParts';
import { operationName, splitTarget, type PartTargetInput } from './partInputs';
import { commitMapWrite } from './commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { PART_LABEL } from './partKinds';
import { knownAfterUpdate, partRef, type PartRef } from './partRef';
import { revisionCheck } from './revisions';

export interface PartUpdate<K extends MapPartKind> {
  operation: string;
  kind: K;
  mapId: string;
  id: string;
  /** The fields to change (absent ones stay as they are). */
  set: Partial<Editable<MapPartRecords[K]>>;
  expectedRevision: number | null | undefined;
}

export async function updatePart<K extends MapPartKind>(
  ctx: UseCaseContext,
  update: PartUpdate<K>,
): Promise<PartRef<K>> {
  const { kind, mapId, id, set, expectedRevision } = update;
  return redoWhenStale(ctx, async () => {
    const now = nowIso(ctx);
    const change = {
      kind: 'update',
      part: kind,
      id,
      set,
      revision: revisionCheck(expectedRevision),
    } as MapChange;
    await commitMapWrite(
      ctx,
      mapId,
      {
        now,
        actor: actorOf(ctx.viewer),
        changes: [change],
        history: {
          operation: update.operation,
          entity: PART_ENTITY[kind],
          entityId: id,
          summary: `${PART_LABEL[kind]} fields changed: ${Object.keys(set).join(', ') || 'none'}`,
        },
      },
      { tooLarge: largestField(set) },
    );
    const known = knownAfterUpdate(id, set, now, expectedRevision);
    return partRef(kind, mapId, known as Partial<MapPartRecords[K]> & { id: string });
  });
}

/**
 * The use case that changes the fields of one kind of part: its input parsed
 * (`update<Kind>Input`), completed by `adjust` when a change implies another
 * (a new channel brings its mode), then written blind.
 */
export function partUpdate<
  K extends MapPartKind,
  I extends PartTargetInput<K> & Partial<Editable<MapPartRecords[K]>>,
>(
  kind: K,
  input: z.ZodType<I>,
  adjust?: (set: Partial<Editable<MapPartRecords[K]>>) => void,
): (ctx: UseCaseContext, rawInput: unknown) => Promise<PartRef<K>> {
  return (ctx, rawInput) => {
    const { mapId, id, expectedRevision, rest } = splitTarget(kind, parseInput(input, rawInput));
    // Note: the input schema's fields are the record's editable fields (the constraint on I).
    const set = definedOnly(rest) as unknown as Partial<Editable<MapPartRecords[K]>>;
    adjust?.(set);
    const operation = operationName('update', kind);
    return updatePart(ctx, { operation, kind, mapId, id, set, expectedRevision });
  };
}

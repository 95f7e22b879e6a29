/**
 * The one way an ordered part (a stage, a touchpoint) moves: one read for the
 * neighbours, then one write of its order key (and of its parent, when a
 * touchpoint changes stage, whose existence is a condition of the same
 * transaction). The write depends on the revision read, so a concurrent
 * change of the part makes it redo from a fresh read.
 */
import type * as z from 'zod';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { partIn, type MapView } from '../maps/mapView';
import { readMapForWrite } from '../maps/readMapForWrite';
import { placeAt } from '../ordering/placement';
import { notFound } from '../shared/errors';
import { parseInput } from '../validation/parseInput';
import { operationName, splitTarget, type PartTargetInput } from './partInputs';
import { PART_ENTITY, type MapPartRecords } from './mapParts';
import { commitMapWrite } from './commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { ORDERED_AMONG, PARENT, type OrderedKind } from './partKinds';
import { partRef, type PartRef } from './partRef';
import { placementChanges } from './placementChanges';
import { assertRevision, revisionCheck } from './revisions';

export interface PartMove<K extends OrderedKind> {
  operation: string;
  kind: K;
  mapId: string;
  id: string;
  position: number;
  /** The parent to move into (a touchpoint's stage); the current one when absent. */
  parentId?: string;
  expectedRevision: number | null | undefined;
  summary: (move: {
    record: MapPartRecords[K];
    view: MapView;
    placedAt: number;
    parentId: string | null;
  }) => string;
}

export async function movePart<K extends OrderedKind>(
  ctx: UseCaseContext,
  move: PartMove<K>,
): Promise<PartRef<K>> {
  const { kind, mapId, id, position, expectedRevision } = move;
  const entity = PART_ENTITY[kind];
  const parent = PARENT[kind];
  return redoWhenStale(ctx, async () => {
    const view = await readMapForWrite(ctx, mapId);
    const record = partIn(view, kind, id);
    if (!record) throw notFound(entity, id);
    const parentId = parent
      ? (move.parentId ?? String((record as Record<string, unknown>)[parent.field]))
      : null;
    if (parent && parentId !== null && !partIn(view, parent.part, parentId)) {
      throw notFound(PART_ENTITY[parent.part], parentId);
    }
    assertRevision(entity, id, expectedRevision, record.revision);
    const siblings = ORDERED_AMONG[kind](view, parentId ?? '').filter((s) => s.id !== id);
    const placement = placeAt(siblings, position);
    const placedAt = Math.min(position, siblings.length);
    const set = {
      ...(parent && parentId !== null ? { [parent.field]: parentId } : {}),
      orderKey: placement.orderKey,
    };
    const now = nowIso(ctx);
    await commitMapWrite(ctx, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        {
          kind: 'update',
          part: kind,
          id,
          set,
          revision: revisionCheck(expectedRevision, record.revision),
        },
        ...(parent && parentId !== null
          ? [{ kind: 'require', part: parent.part, id: parentId } as const]
          : []),
        ...placementChanges(kind, placement),
      ],
      history: {
        operation: move.operation,
        entity,
        entityId: id,
        summary: move.summary({ record, view, placedAt, parentId }),
      },
    });
    const moved = { ...record, ...set, revision: record.revision + 1, updatedAt: now };
    return partRef(kind, mapId, moved, placedAt);
  });
}

/** What a move input holds besides its target: where to, and (a touchpoint) into which stage. */
type MoveInput<K extends OrderedKind> = PartTargetInput<K> & { position: number; stageId?: string };

/** The use case that moves one kind of ordered part. */
export function partMove<K extends OrderedKind>(
  kind: K,
  input: z.ZodType<MoveInput<K>>,
  summary: PartMove<K>['summary'],
): (ctx: UseCaseContext, rawInput: unknown) => Promise<PartRef<K>> {
  return (ctx, rawInput) => {
    const parsed = parseInput(input, rawInput);
    const { mapId, id, expectedRevision } = splitTarget(kind, parsed);
    const parent = PARENT[kind];
    return movePart(ctx, {
      operation: operationName('move', kind),
      kind,
      mapId,
      id,
      position: parsed.position,
      ...(parent && parsed.stageId !== undefined ? { parentId: parsed.stageId } : {}),
      expectedRevision,
      summary,
    });
  };
}

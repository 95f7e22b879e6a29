/**
 * Payloads of the mutations on parts of a map: the part, and the map as it
 * is after the write. A part is served from the fields its write already
 * knew when those are all the client asks for (a write answering
 * `{ id revision }` costs one request); otherwise it is the whole record from
 * the map as it is now, read once per request.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { MapHeaderRecord } from '../../domain/maps/journeyMap';
import { partIn, viewOwning } from '../../domain/maps/mapView';
import { PART_ENTITY, type MapPartKind, type MapPartRecords } from '../../domain/parts/mapParts';
import type { PartRef } from '../../domain/parts/partRef';
import { notFound } from '../../domain/shared/errors';
import type { PartPayloadParent } from '../context/parents';
import type { RequestContext } from '../context/requestContext';
import { requestedFields } from './requestedFields';

export const partPayload = (part: PartRef): PartPayloadParent => ({
  mapId: part.mapId,
  part,
  deletedId: null,
});

export const removalPayload = (mapId: string, deletedId: string): PartPayloadParent => ({
  mapId,
  part: null,
  deletedId,
});

/** Derived fields a record alone answers, and the stored fields each needs. */
const DERIVED_FROM: Partial<Record<MapPartKind, Record<string, readonly string[]>>> = {
  touchpoint: { emotionColor: ['emotionScore'] },
  kpi: {
    history: ['history'],
    current: ['history'],
    measuredAt: ['history'],
    direction: ['direction', 'baseline', 'target', 'type'],
    targetReached: ['history', 'direction', 'baseline', 'target', 'type'],
  },
};

/** Positions that writes placed parts at, for the records made of what they knew. */
const placed = new WeakMap<object, number>();

/** A part's dense position: from the view it was read in, else where its write placed it. */
export function positionOf(record: { id: string }): number {
  const view = viewOwning(record);
  const position = view ? view.positionOf.get(record.id) : placed.get(record);
  if (position === undefined) throw new Error(`No position known for part ${record.id}`);
  return position;
}

function covers(ref: PartRef, fields: ReadonlySet<string>): boolean {
  const derived = DERIVED_FROM[ref.kind] ?? {};
  for (const field of fields) {
    // `entityId` is the part's id, which a write always knows.
    if (field === '__typename' || field === 'entityId' || field in ref.known) continue;
    if (field === 'position' && ref.position !== undefined) continue;
    const sources = derived[field];
    if (sources?.every((source) => source in ref.known)) continue;
    return false;
  }
  return true;
}

const partOf =
  <K extends MapPartKind>(kind: K) =>
  (
    payload: PartPayloadParent,
    _args: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): MapPartRecords[K] | Promise<MapPartRecords[K]> => {
    const ref = payload.part;
    if (!ref || ref.kind !== kind) throw new Error(`This payload holds no ${kind}`);
    if (covers(ref, requestedFields(info))) {
      // Note: only the fields the client asked for are read from it, and all of them are known.
      const known = { ...ref.known } as MapPartRecords[K];
      if (ref.position !== undefined) placed.set(known, ref.position);
      return known;
    }
    return ctx.loaders.draftView.load(ref.mapId).then((view) => {
      const record = partIn(view, kind, ref.id);
      if (!record) throw notFound(PART_ENTITY[kind], ref.id);
      return record;
    });
  };

/** The map after the write (read once per request, after every mutation's write). */
export const draftHeader = async (ctx: RequestContext, mapId: string): Promise<MapHeaderRecord> =>
  (await ctx.loaders.draftView.load(mapId)).header;

const journeyMap = (payload: PartPayloadParent, _args: unknown, ctx: RequestContext) =>
  draftHeader(ctx, payload.mapId);

const deletedId = (payload: PartPayloadParent) => {
  if (payload.deletedId === null) throw new Error('This payload holds no deleted id');
  return payload.deletedId;
};

const stage = partOf('stage');
const touchpoint = partOf('touchpoint');
const painPoint = partOf('painPoint');
const kpi = partOf('kpi');

export const partPayloadResolvers = {
  AddStagePayload: { stage, journeyMap },
  UpdateStagePayload: { stage, journeyMap },
  MoveStagePayload: { stage, journeyMap },
  RemoveStagePayload: { deletedId, journeyMap },
  AddTouchpointPayload: { touchpoint, journeyMap },
  UpdateTouchpointPayload: { touchpoint, journeyMap },
  MoveTouchpointPayload: { touchpoint, journeyMap },
  RemoveTouchpointPayload: { deletedId, journeyMap },
  AddPainPointPayload: { painPoint, journeyMap },
  UpdatePainPointPayload: { painPoint, journeyMap },
  RemovePainPointPayload: { deletedId, journeyMap },
  AddKpiPayload: { kpi, journeyMap },
  UpdateKpiPayload: { kpi, journeyMap },
  RemoveKpiPayload: { deletedId, journeyMap },
  RecordKpiMeasurementPayload: { kpi, journeyMap },
};

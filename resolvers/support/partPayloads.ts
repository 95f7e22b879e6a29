/** Payloads of the mutations on parts of a map: the part, and the map as it is after the write. */
import type { PartRef } from '../../domain/parts/partRef';
import type { MapPartKind } from '../../domain/records';
import type { PartPayloadParent, RequestContext } from '../context/parents';
import { draftParent } from '../JourneyMap';

export const partPayload = (part: PartRef<MapPartKind>): PartPayloadParent => ({
  mapId: part.mapId,
  part,
  deletedId: null,
});

export const removalPayload = (mapId: string, deletedId: string): PartPayloadParent => ({
  mapId,
  part: null,
  deletedId,
});

function partOf<K extends MapPartKind>(payload: PartPayloadParent, kind: K): PartRef<K> {
  if (!payload.part || payload.part.kind !== kind) throw new Error(`payload holds no ${kind}`);
  return payload.part as PartRef<K>;
}

const journeyMap = (payload: PartPayloadParent, _args: unknown, ctx: RequestContext) =>
  draftParent(ctx, payload.mapId);
const deletedId = (payload: PartPayloadParent) => {
  if (payload.deletedId === null) throw new Error('payload holds no deleted id');
  return payload.deletedId;
};

const stage = (p: PartPayloadParent) => partOf(p, 'stage');
const touchpoint = (p: PartPayloadParent) => partOf(p, 'touchpoint');
const painPoint = (p: PartPayloadParent) => partOf(p, 'painPoint');
const kpi = (p: PartPayloadParent) => partOf(p, 'kpi');

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

/**
 * Field resolvers shared by the parts of a map (stages, touchpoints, pain
 * points, KPIs). A part reference carries the fields its mutation already
 * knows; anything else comes from the map view, read once per request.
 */
import { notFound } from '../../domain/shared/errors';
import type { PartRef } from '../../domain/parts/partRef';
import { partRef } from '../../domain/parts/partRef';
import { partIn, type MapView } from '../../domain/maps/mapView';
import { PART_ENTITY, type MapPartKind, type MapPartRecords } from '../../domain/records';
import type { RequestContext } from '../context/parents';

/** The view a part belongs to: the draft, or a published version. */
export function viewOf(
  ctx: RequestContext,
  mapId: string,
  version: number | null,
): Promise<MapView> {
  return version === null
    ? ctx.loaders.draftView.load(mapId)
    : ctx.loaders.versionView.load(`${mapId}#${version}`);
}

/** The full record of a part; NOT_FOUND when it is gone. */
export async function fullRecord<K extends MapPartKind>(
  ref: PartRef<K>,
  ctx: RequestContext,
): Promise<MapPartRecords[K]> {
  const record = partIn(await viewOf(ctx, ref.mapId, ref.version), ref.kind, ref.id);
  if (!record) throw notFound(PART_ENTITY[ref.kind], ref.id);
  return record;
}

/** Resolvers for the stored fields of one kind of part: the known value, else the stored one. */
export function storedFieldsOf<K extends MapPartKind>(_kind: K) {
  return <F extends keyof MapPartRecords[K]>(field: F) =>
    async (ref: PartRef<K>, _args: unknown, ctx: RequestContext): Promise<MapPartRecords[K][F]> => {
      if (field in ref.known) return ref.known[field] as MapPartRecords[K][F];
      return (await fullRecord(ref, ctx))[field];
    };
}

/** The position of a part among its siblings: where its write placed it, else from the view. */
export async function positionOf(
  ref: PartRef<MapPartKind>,
  _args: unknown,
  ctx: RequestContext,
): Promise<number> {
  if (ref.position !== undefined) return ref.position;
  const view = await viewOf(ctx, ref.mapId, ref.version);
  const position = view.positionOf.get(ref.id);
  if (position === undefined) throw notFound(PART_ENTITY[ref.kind], ref.id);
  return position;
}

/** References to records read from a view: every field known. */
export const refsOf = <K extends MapPartKind>(
  kind: K,
  view: MapView,
  records: readonly MapPartRecords[K][] | undefined,
): PartRef<K>[] =>
  (records ?? []).map((record) => partRef(kind, view.header.id, record.id, record, view.version));

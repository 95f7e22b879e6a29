/**
 * Where resolvers find the map a record belongs to. Records read as part of
 * a map (a draft or a version) know their view (domain/maps/mapView.ts);
 * records read on their own (a backlog page, a list of maps) load their
 * map's draft once per request.
 */
import type { MapView } from '../../domain/maps/mapView';
import { viewOwning } from '../../domain/maps/mapView';
import type { RequestContext } from '../context/requestContext';

/** The view of a map: the draft, or published version N, read at most once per request. */
export function loadView(
  ctx: RequestContext,
  mapId: string,
  version: number | null,
): Promise<MapView> {
  return version === null
    ? ctx.loaders.draftView.load(mapId)
    : ctx.loaders.versionView.load(`${mapId}#${version}`);
}

/** The view a record was read in, else the draft of `mapId`. */
export const viewOrDraft = (
  record: object,
  mapId: string,
  ctx: RequestContext,
): MapView | Promise<MapView> => viewOwning(record) ?? ctx.loaders.draftView.load(mapId);

/**
 * The view a part was read in. Every part a resolver meets comes from a view,
 * except the fields a mutation already knew, which never reach a resolver
 * that needs one (support/partPayloads.ts).
 */
export function ownerView(record: { id: string }): MapView {
  const view = viewOwning(record);
  if (!view) throw new Error(`Part ${record.id} was not read as part of a map`);
  return view;
}

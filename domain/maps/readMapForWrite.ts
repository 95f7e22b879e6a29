import type { UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { buildMapView, type MapView } from './mapView';

/** Reads a draft a write depends on (positions, cascades); NOT_FOUND when absent. */
export async function readMapForWrite(ctx: UseCaseContext, mapId: string): Promise<MapView> {
  const contents = await ctx.stores.maps.read(ctx.viewer.workspaceId, mapId);
  if (!contents) throw notFound('JourneyMap', mapId);
  return buildMapView(contents);
}

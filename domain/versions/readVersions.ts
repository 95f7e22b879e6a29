import type { UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { buildMapView, type MapView } from '../maps/mapView';
import { diffMaps, type MapDiff } from './diffMaps';
import { summarize, type DiffSummary } from './summarizeDiff';
import { compareVersionsArgs } from './versionInputs';
import { parseInput } from '../validation/parseInput';

/** Version `number` of a map, read whole (one Query), as the same kind of view as the draft. */
export async function readVersionView(
  ctx: UseCaseContext,
  mapId: string,
  number: number,
): Promise<MapView> {
  const published = await ctx.stores.versions.read(ctx.viewer.workspaceId, mapId, number);
  if (!published) throw notFound('JourneyMapVersion', `${number} of map ${mapId}`);
  return buildMapView(published.snapshot.contents, number, published.snapshot.personas);
}

export interface Comparison {
  from: MapView;
  to: MapView;
  diff: MapDiff;
  summary: DiffSummary;
}

/**
 * Compares version `from` with version `to`, or with the draft when `to` is
 * absent. `load` reads a view (the resolvers pass their per-request loaders).
 */
export async function compareVersions(
  rawArgs: unknown,
  load: (mapId: string, version: number | null) => Promise<MapView>,
): Promise<Comparison> {
  const { mapId, from, to } = parseInput(compareVersionsArgs, rawArgs, []);
  const [older, newer] = await Promise.all([load(mapId, from), load(mapId, to)]);
  const diff = diffMaps(older, newer);
  return { from: older, to: newer, diff, summary: summarize(diff, older, newer) };
}

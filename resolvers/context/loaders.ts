/**
 * Per-request loaders. Personas are batched: every persona a response needs is
 * fetched in one BatchGetItem, whatever the number of maps. A map view is read
 * at most once per request (one Query), and forgotten after each mutation so
 * that payloads show the map as it is after the write.
 */
import DataLoader from 'dataloader';
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import { notFound } from '../../domain/shared/errors';
import { buildMapView, type MapView } from '../../domain/maps/mapView';
import type { MapHeaderRecord } from '../../domain/maps/journeyMap';
import type { PersonaRecord } from '../../domain/personas/persona';
import type { FoundById } from '../../domain/ports/lookupStore';
import { readVersionView } from '../../domain/versions/readVersions';
import type { VersionMeta } from '../../domain/versions/versionRecords';

export interface Loaders {
  persona: DataLoader<string, PersonaRecord | null>;
  /** Map headers, batched: every map of a backlog page in one BatchGetItem. */
  mapHeader: DataLoader<string, MapHeaderRecord | null>;
  /** The draft view of a map; NOT_FOUND when the map does not exist. */
  draftView: DataLoader<string, MapView>;
  /** A published version's view, keyed `<mapId>#<number>`; NOT_FOUND when absent. Never stale: versions are immutable. */
  versionView: DataLoader<string, MapView>;
  /** The published versions of a map, oldest first. */
  versions: DataLoader<string, VersionMeta[]>;
  /** One version's description, keyed `<mapId>#<number>`. */
  versionMeta: DataLoader<string, VersionMeta | null>;
  /** Personas, maps (own fields) and improvements by id alone, batched (`node`, `nodes`). */
  byId: DataLoader<string, FoundById | null>;
  /** Forgets everything read from maps: called after every mutation. */
  afterWrite(): void;
}

export function createLoaders(ctx: UseCaseContext): Loaders {
  const workspaceId = ctx.viewer.workspaceId;
  const persona = new DataLoader<string, PersonaRecord | null>(async (ids) => {
    const found = await ctx.stores.personas.getMany(workspaceId, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const draftView = new DataLoader<string, MapView>(
    (mapIds) =>
      Promise.all(
        mapIds.map(async (mapId) => {
          const contents = await ctx.stores.maps.read(workspaceId, mapId);
          return contents ? buildMapView(contents) : notFound('JourneyMap', mapId);
        }),
      ),
    // Note: map reads are Queries, which cannot be batched; the loader only de-duplicates.
    { batch: false },
  );
  const mapHeader = new DataLoader<string, MapHeaderRecord | null>(async (mapIds) => {
    const found = await ctx.stores.maps.readHeaders(workspaceId, mapIds);
    return mapIds.map((id) => found.get(id) ?? null);
  });
  const versionView = new DataLoader<string, MapView>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [mapId = '', number] = key.split('#');
          return readVersionView(ctx, mapId, Number(number)).catch((error: unknown) =>
            error instanceof Error ? error : new Error(String(error)),
          );
        }),
      ),
    { batch: false },
  );
  const versions = new DataLoader<string, VersionMeta[]>(
    (mapIds) => Promise.all(mapIds.map((mapId) => ctx.stores.versions.list(workspaceId, mapId))),
    { batch: false },
  );
  const versionMeta = new DataLoader<string, VersionMeta | null>(
    (keys) =>
      Promise.all(
        keys.map((key) => {
          const [mapId = '', number] = key.split('#');
          return ctx.stores.versions.readMeta(workspaceId, mapId, Number(number));
        }),
      ),
    { batch: false },
  );
  const byId = new DataLoader<string, FoundById | null>(async (ids) => {
    const found = await ctx.stores.lookup.byIds(workspaceId, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  return {
    persona,
    mapHeader,
    draftView,
    versionView,
    versions,
    versionMeta,
    byId,
    afterWrite() {
      draftView.clearAll();
      mapHeader.clearAll();
      versions.clearAll();
      persona.clearAll();
      byId.clearAll();
    },
  };
}

/**
 * Reads what the pictures of a map are drawn from, for the caller's
 * workspace: the draft (one Query, plus one BatchGetItem for the personas it
 * prints) or a published version (one Query; its personas are frozen in it).
 * Its stamp (pictureStamp.ts) is known for less: one GetItem of the header or
 * of the version's description (plus the personas, for the draft), which is
 * all a conditional request needs to be answered "not modified".
 */
import type { UseCaseContext } from '../context/useCaseContext';
import type { MapHeaderRecord } from '../maps/journeyMap';
import { buildMapView, type MapView } from '../maps/mapView';
import type { PersonaRecord } from '../personas/persona';
import { notFound } from '../shared/errors';
import { draftStamp, versionStamp, type PictureStamp } from './pictureStamp';
import type { PosterInput } from './posterInput';
import { posterInputFromView } from './posterInputFromView';

/** Everything a picture of one map (or version) needs. */
export interface PictureSource {
  input: PosterInput;
  stamp: PictureStamp;
  /** The view drawn (the share page also writes it out as text). */
  view: MapView;
  /** When what is drawn last changed (the draft's updatedAt, a version's publishedAt). */
  changedAt: string;
}

/** Reads stamps and sources of one workspace's maps; personas are read once per reader. */
export interface PictureReader {
  /** NOT_FOUND when the map, or the version, does not exist in the workspace. */
  stamp(mapId: string, version: number | null): Promise<PictureStamp>;
  /** NOT_FOUND when the map, or the version, does not exist in the workspace. */
  source(mapId: string, version: number | null): Promise<PictureSource>;
}

const missingVersion = (mapId: string, number: number) =>
  notFound('JourneyMapVersion', `${number} of map ${mapId}`);

/** `ids` in their order, from those found (a persona deleted meanwhile is left out, as GraphQL does). */
const inOrder = (ids: readonly string[], found: ReadonlyMap<string, PersonaRecord>) =>
  ids.flatMap((id) => {
    const persona = found.get(id);
    return persona ? [persona] : [];
  });

export function createPictureReader(ctx: UseCaseContext): PictureReader {
  const workspaceId = ctx.viewer.workspaceId;
  const personasRead = new Map<string, PersonaRecord | null>();

  const personasOf = async (header: MapHeaderRecord): Promise<PersonaRecord[]> => {
    const missing = header.personaIds.filter((id) => !personasRead.has(id));
    if (missing.length > 0) {
      const found = await ctx.stores.personas.getMany(workspaceId, missing);
      for (const id of missing) personasRead.set(id, found.get(id) ?? null);
    }
    return header.personaIds.flatMap((id) => {
      const persona = personasRead.get(id);
      return persona ? [persona] : [];
    });
  };

  return {
    async stamp(mapId, version) {
      if (version !== null) {
        const meta = await ctx.stores.versions.readMeta(workspaceId, mapId, version);
        if (!meta) throw missingVersion(mapId, version);
        return versionStamp(workspaceId, mapId, version, meta.publishedAt);
      }
      const header = await ctx.stores.maps.readHeader(workspaceId, mapId);
      if (!header) throw notFound('JourneyMap', mapId);
      return draftStamp(workspaceId, header, await personasOf(header));
    },

    async source(mapId, version) {
      if (version !== null) {
        const published = await ctx.stores.versions.read(workspaceId, mapId, version);
        if (!published) throw missingVersion(mapId, version);
        const { meta, snapshot } = published;
        const view = buildMapView(snapshot.contents, version, snapshot.personas);
        const personas = inOrder(
          view.header.personaIds,
          new Map(snapshot.personas.map((p) => [p.id, p])),
        );
        return {
          input: posterInputFromView(view, personas, { number: version, label: meta.label }),
          stamp: versionStamp(workspaceId, mapId, version, meta.publishedAt),
          view,
          changedAt: meta.publishedAt,
        };
      }
      const contents = await ctx.stores.maps.read(workspaceId, mapId);
      if (!contents) throw notFound('JourneyMap', mapId);
      const view = buildMapView(contents);
      const personas = await personasOf(view.header);
      return {
        input: posterInputFromView(view, personas, null),
        stamp: draftStamp(workspaceId, view.header, personas),
        view,
        changedAt: view.header.updatedAt,
      };
    },
  };
}

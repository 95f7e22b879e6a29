import { viewOwning } from '../domain/maps/mapView';
import { duplicateMap } from '../domain/versions/duplicateMap';
import { publishVersion } from '../domain/versions/publishVersion';
import { restoreVersion } from '../domain/versions/restoreVersion';
import { buildMapView } from '../domain/maps/mapView';
import type { Resolvers } from './__generated__/resolverTypes';
import { draftHeader } from './support/partPayloads';
import { loadView } from './support/views';

/** Published versions of a map: publishing, restoring, duplicating, and reading them. */
export const versionResolvers: Resolvers = {
  Mutation: {
    publishJourneyMapVersion: async (_parent, { input }, ctx) => ({
      version: await publishVersion(ctx.useCase, input),
    }),
    restoreJourneyMapVersion: async (_parent, { input }, ctx) => ({
      journeyMap: await draftHeader(ctx, await restoreVersion(ctx.useCase, input)),
    }),
    duplicateJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: buildMapView(await duplicateMap(ctx.useCase, input)).header,
    }),
  },
  JourneyMap: {
    version: (map) => viewOwning(map)?.version ?? null,
    versions: (map, _args, ctx) => ctx.loaders.versions.load(map.id),
    latestVersion: async (map, _args, ctx) => {
      // The draft's header says which version is the latest; a version's own header is frozen.
      const isDraft = (viewOwning(map)?.version ?? null) === null;
      const header = isDraft ? map : await ctx.loaders.mapHeader.load(map.id);
      if (!header || header.latestVersion === 0) return null;
      return ctx.loaders.versionMeta.load(`${map.id}#${header.latestVersion}`);
    },
  },
  JourneyMapVersion: {
    map: async (meta, _args, ctx) => (await loadView(ctx, meta.mapId, meta.number)).header,
  },
};

import { createJourneyMap } from '../domain/maps/createJourneyMap';
import { deleteJourneyMap } from '../domain/maps/deleteJourneyMap';
import { countJourneyMaps, listJourneyMaps } from '../domain/maps/readJourneyMaps';
import { updateJourneyMap } from '../domain/maps/updateJourneyMap';
import { buildMapView, emotionCurve, type MapView } from '../domain/maps/mapView';
import type { MapHeaderRecord, PersonaRecord } from '../domain/records';
import { id as idSchema } from '../domain/validation/fields';
import { parseInput } from '../domain/validation/parseInput';
import { versionArg } from '../domain/versions/versionInputs';

import type { Resolvers } from './__generated__/resolverTypes';
import { connection, connectionFields } from './support/connection';
import type { JourneyMapParent, RequestContext } from './context/parents';
import { refsOf, viewOf } from './support/partFields';

export const mapParent = (view: MapView): JourneyMapParent => ({
  id: view.header.id,
  version: view.version,
  header: view.header,
  view,
});

const headerParent = (header: MapHeaderRecord): JourneyMapParent => ({
  id: header.id,
  version: null,
  header,
  view: null,
});

/** The map's view: already there for `journeyMap(id)`, read once per request for a list item. */
const viewFor = async (map: JourneyMapParent, ctx: RequestContext): Promise<MapView> =>
  map.view ?? viewOf(ctx, map.id, map.version);

/** The draft as it is now (after a mutation, re-read). */
export const draftParent = async (ctx: RequestContext, mapId: string): Promise<JourneyMapParent> =>
  mapParent(await ctx.loaders.draftView.load(mapId));

async function personasOf(
  map: JourneyMapParent,
  _args: unknown,
  ctx: RequestContext,
): Promise<PersonaRecord[]> {
  const frozen = map.view?.frozenPersonas;
  if (frozen) return frozen;
  const personas = await ctx.loaders.persona.loadMany(map.header.personaIds);
  // A persona deleted while its unlink from this map was under way is simply not shown.
  return personas.filter((p): p is PersonaRecord => p !== null && !(p instanceof Error));
}

export const journeyMapResolvers: Resolvers = {
  Query: {
    journeyMap: async (_parent, { id, version }, ctx) => {
      const mapId = parseInput(idSchema(), id, ['id']);
      return mapParent(await viewOf(ctx, mapId, parseInput(versionArg(), version, ['version'])));
    },
    journeyMaps: async (_parent, args, ctx) =>
      connection(
        await listJourneyMaps(ctx.useCase, args),
        () => countJourneyMaps(ctx.useCase, args.filter),
        headerParent,
      ),
  },
  Mutation: {
    createJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: mapParent(buildMapView(await createJourneyMap(ctx.useCase, input))),
    }),
    updateJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: headerParent(await updateJourneyMap(ctx.useCase, input)),
    }),
    deleteJourneyMap: async (_parent, { input }, ctx) => ({
      deletedId: await deleteJourneyMap(ctx.useCase, input),
    }),
  },
  JourneyMapConnection: connectionFields,
  JourneyMap: {
    id: (map) => map.id,
    title: (map) => map.header.title,
    description: (map) => map.header.description,
    state: (map) => map.header.state,
    status: (map) => map.header.status,
    scope: (map) => map.header.scope,
    owner: (map) => map.header.owner,
    tags: (map) => map.header.tags,
    personas: personasOf,
    stages: async (map, _args, ctx) => {
      const view = await viewFor(map, ctx);
      return refsOf('stage', view, view.stages);
    },
    emotionCurve: async (map, _args, ctx) => emotionCurve(await viewFor(map, ctx)),
    reviewCadenceDays: (map) => map.header.reviewCadenceDays,
    lastReviewedAt: (map) => map.header.lastReviewedAt,
    nextReviewAt: (map) => map.header.nextReviewAt,
    revision: (map) => map.header.revision,
    createdAt: (map) => map.header.createdAt,
    updatedAt: (map) => map.header.updatedAt,
  },
};

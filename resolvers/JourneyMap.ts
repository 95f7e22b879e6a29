import type { PersonaRecord } from '../domain/personas/persona';
import { createJourneyMap } from '../domain/maps/createJourneyMap';
import { deleteJourneyMap } from '../domain/maps/deleteJourneyMap';
import type { MapHeaderRecord } from '../domain/maps/journeyMap';
import { buildMapView, emotionCurve, viewOwning } from '../domain/maps/mapView';
import { countJourneyMaps, listJourneyMaps } from '../domain/maps/readJourneyMaps';
import { updateJourneyMap } from '../domain/maps/updateJourneyMap';
import { idArg } from '../domain/validation/fields';
import { parseInput } from '../domain/validation/parseInput';
import { versionArg } from '../domain/versions/versionInputs';
import type { Resolvers } from './__generated__/resolverTypes';
import type { RequestContext } from './context/requestContext';
import { personaHints } from './context/personaHints';
import { connection, connectionFields } from './support/connection';
import { requestedFields } from './support/requestedFields';
import { loadView, viewOrDraft } from './support/views';

/** The personas of a map: frozen with a version, else read (batched) as they are now. */
async function personasOf(
  map: MapHeaderRecord,
  _args: unknown,
  ctx: RequestContext,
): Promise<PersonaRecord[]> {
  const frozen = viewOwning(map)?.frozenPersonas;
  if (frozen) return frozen;
  personaHints.remember(ctx.viewer.workspaceId, map.id, map.personaIds);
  const personas = await ctx.loaders.persona.loadMany(map.personaIds);
  const failed = personas.find((p) => p instanceof Error);
  if (failed) throw failed;
  // A persona deleted while its unlink from this map was under way is simply not shown.
  return personas.filter((p): p is PersonaRecord => p !== null && !(p instanceof Error));
}

/** A map's parent object is its header record; its parts come from its view. */
export const journeyMapResolvers: Resolvers = {
  Query: {
    journeyMap: async (_parent, { id, version }, ctx, info) => {
      const mapId = parseInput(idArg, id, ['id']);
      const number = parseInput(versionArg, version, ['version']);
      if (number == null && requestedFields(info).has('personas')) {
        // Fetched while the map is read (personaHints.ts); personasOf uses what arrived.
        const guess = personaHints.get(ctx.viewer.workspaceId, mapId);
        if (guess?.length) void ctx.loaders.persona.loadMany(guess);
      }
      const view = await loadView(ctx, mapId, number);
      return view.header;
    },
    journeyMaps: async (_parent, args, ctx) =>
      connection(
        await listJourneyMaps(ctx.useCase, args),
        () => countJourneyMaps(ctx.useCase, args.filter),
        args,
      ),
  },
  Mutation: {
    createJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: buildMapView(await createJourneyMap(ctx.useCase, input)).header,
    }),
    updateJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: await updateJourneyMap(ctx.useCase, input),
    }),
    deleteJourneyMap: async (_parent, { input }, ctx) => ({
      deletedId: await deleteJourneyMap(ctx.useCase, input),
    }),
  },
  JourneyMapConnection: connectionFields,
  JourneyMap: {
    personas: personasOf,
    stages: async (map, _args, ctx) => (await viewOrDraft(map, map.id, ctx)).stages,
    emotionCurve: async (map, _args, ctx) => emotionCurve(await viewOrDraft(map, map.id, ctx)),
  },
};

import { csvTable } from '../domain/exchange/csvTables';
import { exportDocument } from '../domain/exchange/exportDocument';
import { importJourneyMap } from '../domain/exchange/importJourneyMap';
import { buildMapView, type MapView } from '../domain/maps/mapView';
import type { PersonaRecord } from '../domain/personas/persona';
import { idArg } from '../domain/validation/fields';
import { parseInput } from '../domain/validation/parseInput';
import { versionArg } from '../domain/versions/versionInputs';
import type { Resolvers } from './__generated__/resolverTypes';
import type { RequestContext } from './context/requestContext';
import { loadView } from './support/views';

/** The map (or version) an export asks for: one Query (a version's chunks: one Query too). */
const exportedView = (
  ctx: RequestContext,
  args: { id: string; version?: number | null },
): Promise<MapView> =>
  loadView(
    ctx,
    parseInput(idArg, args.id, ['id']),
    parseInput(versionArg, args.version, ['version']),
  );

/** A version's personas as they were; the draft's as they are (one BatchGetItem). */
async function personasOf(ctx: RequestContext, view: MapView): Promise<PersonaRecord[]> {
  if (view.frozenPersonas) return view.frozenPersonas;
  const found = await ctx.loaders.persona.loadMany(view.header.personaIds);
  return found.filter((p): p is PersonaRecord => p !== null && !(p instanceof Error));
}

/** Whole maps in and out: the exchange document, CSV tables, imports. */
export const exchangeResolvers: Resolvers = {
  Query: {
    exportJourneyMap: async (_parent, args, ctx) => {
      const view = await exportedView(ctx, args);
      const personas = await personasOf(ctx, view);
      return exportDocument(view, personas, ctx.useCase.clock.now().toISOString());
    },
    exportJourneyMapCsv: async (_parent, args, ctx) =>
      csvTable(await exportedView(ctx, args), args.table, args.separator),
  },
  Mutation: {
    importJourneyMap: async (_parent, { input }, ctx) => ({
      journeyMap: buildMapView(await importJourneyMap(ctx.useCase, input)).header,
    }),
  },
};

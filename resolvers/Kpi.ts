import { addKpi } from '../domain/kpis/addKpi';
import {
  kpiDirection,
  latestMeasurement,
  sortedHistory,
  targetReached,
} from '../domain/kpis/kpiDirection';
import { recordKpiMeasurement } from '../domain/kpis/recordKpiMeasurement';
import { recordKpiMeasurements } from '../domain/kpis/recordKpiMeasurements';
import { removeKpi } from '../domain/kpis/removeKpi';
import { updateKpi } from '../domain/kpis/updateKpi';
import type { Resolvers } from './__generated__/resolverTypes';
import { draftHeader, partPayload, removalPayload } from './support/partPayloads';

/** Stored fields come from the record (default resolver); these are derived from its history. */
export const kpiResolvers: Resolvers = {
  Mutation: {
    addKpi: async (_parent, { input }, ctx) => partPayload(await addKpi(ctx.useCase, input)),
    updateKpi: async (_parent, { input }, ctx) => partPayload(await updateKpi(ctx.useCase, input)),
    removeKpi: async (_parent, { input }, ctx) =>
      removalPayload(input.mapId, await removeKpi(ctx.useCase, input)),
    recordKpiMeasurement: async (_parent, { input }, ctx) =>
      partPayload(await recordKpiMeasurement(ctx.useCase, input)),
    recordKpiMeasurements: (_parent, { input }, ctx) => recordKpiMeasurements(ctx.useCase, input),
  },
  RecordKpiMeasurementsPayload: {
    recorded: (payload) => payload.results.filter((r) => r.status === 'RECORDED').length,
    duplicates: (payload) => payload.results.filter((r) => r.status === 'DUPLICATE').length,
    journeyMap: (payload, _args, ctx) => draftHeader(ctx, payload.mapId),
  },
  Kpi: {
    direction: (kpi) => kpiDirection(kpi),
    history: (kpi) => sortedHistory(kpi.history),
    current: (kpi) => latestMeasurement(kpi.history)?.value ?? null,
    measuredAt: (kpi) => latestMeasurement(kpi.history)?.measuredAt ?? null,
    targetReached: (kpi) =>
      targetReached(kpiDirection(kpi), latestMeasurement(kpi.history)?.value ?? null, kpi.target),
  },
};

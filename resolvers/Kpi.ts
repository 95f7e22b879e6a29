import {
  kpiDirection,
  latestMeasurement,
  sortedHistory,
  targetReached,
} from '../domain/kpis/kpiDirection';
import { addKpi } from '../domain/kpis/addKpi';
import { recordKpiMeasurement } from '../domain/kpis/recordKpiMeasurement';
import { removeKpi } from '../domain/kpis/removeKpi';
import { updateKpi } from '../domain/kpis/updateKpi';
import type { Resolvers } from './__generated__/resolverTypes';
import { partPayload, removalPayload } from './support/partPayloads';
import { fullRecord, storedFieldsOf } from './support/partFields';

const storedField = storedFieldsOf('kpi');

export const kpiResolvers: Resolvers = {
  Mutation: {
    addKpi: async (_parent, { input }, ctx) => partPayload(await addKpi(ctx.useCase, input)),
    updateKpi: async (_parent, { input }, ctx) => partPayload(await updateKpi(ctx.useCase, input)),
    removeKpi: async (_parent, { input }, ctx) =>
      removalPayload(input.mapId, await removeKpi(ctx.useCase, input)),
    recordKpiMeasurement: async (_parent, { input }, ctx) =>
      partPayload(await recordKpiMeasurement(ctx.useCase, input)),
  },
  Kpi: {
    id: (ref) => ref.id,
    stageId: storedField('stageId'),
    name: storedField('name'),
    type: storedField('type'),
    unit: storedField('unit'),
    baseline: storedField('baseline'),
    target: storedField('target'),
    revision: storedField('revision'),
    createdAt: storedField('createdAt'),
    updatedAt: storedField('updatedAt'),
    direction: async (ref, _args, ctx) => kpiDirection(await fullRecord(ref, ctx)),
    history: async (ref, _args, ctx) => sortedHistory((await fullRecord(ref, ctx)).history),
    current: async (ref, _args, ctx) =>
      latestMeasurement((await fullRecord(ref, ctx)).history)?.value ?? null,
    measuredAt: async (ref, _args, ctx) =>
      latestMeasurement((await fullRecord(ref, ctx)).history)?.measuredAt ?? null,
    targetReached: async (ref, _args, ctx) => {
      const kpi = await fullRecord(ref, ctx);
      return targetReached(
        kpiDirection(kpi),
        latestMeasurement(kpi.history)?.value ?? null,
        kpi.target,
      );
    },
  },
};

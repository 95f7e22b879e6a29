/**
 * Records up to 100 measurements of any KPIs of one map in one request (a
 * survey tool's nightly feed): one BatchGetItem reads the KPIs, one
 * transaction appends every new measurement with one history entry. A
 * measurement whose `externalId` its KPI already holds is skipped as a
 * duplicate, so a job may send the whole week again. The appends to KPIs
 * that get an `externalId` are conditioned on the revision read: a
 * concurrent write to them makes the request read again and redo, so a
 * duplicate cannot slip in between.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { commitMapWrite } from '../parts/commitMapWrite';
import { DomainError, badInput, notFound, type InputIssue } from '../shared/errors';
import { redoWhenStale } from '../shared/rejections';
import { LIMITS } from '../validation/limits';
import { parseInput } from '../validation/parseInput';
import { recordKpiMeasurementsInput } from './kpiInputs';
import { planMeasurements, type MeasurementResult } from './measurementBatch';

export interface RecordedMeasurements {
  mapId: string;
  /** One per measurement sent, in the same order. */
  results: MeasurementResult[];
}

export async function recordKpiMeasurements(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<RecordedMeasurements> {
  const { mapId, measurements } = parseInput(recordKpiMeasurementsInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  return redoWhenStale(ctx, async () => {
    const now = nowIso(ctx);
    const kpiIds = [...new Set(measurements.map((m) => m.kpiId))];
    const kpis = await ctx.stores.maps.readParts(workspaceId, mapId, 'kpi', kpiIds);
    if (!kpis) throw notFound('JourneyMap', mapId);
    const missing: InputIssue[] = measurements.flatMap((m, i) =>
      kpis.has(m.kpiId)
        ? []
        : [
            {
              path: ['input', 'measurements', i, 'kpiId'],
              message: `no KPI ${m.kpiId} in this map`,
            },
          ],
    );
    if (missing.length > 0) {
      throw new DomainError(
        'NOT_FOUND',
        `${missing.length === 1 ? 'A KPI does' : `${missing.length} KPIs do`} not exist in map ${mapId}; nothing was recorded.`,
        { issues: missing },
      );
    }
    const plan = planMeasurements(
      kpis,
      measurements.map((m) => ({ ...m, measuredAt: m.measuredAt ?? now })),
    );
    const full: InputIssue[] = plan.appends.flatMap(({ kpi, measurements: added }) =>
      kpi.history.length + added.length > LIMITS.kpiHistoryMax
        ? [
            {
              path: ['input', 'measurements', measurements.findIndex((m) => m.kpiId === kpi.id)],
              message: `KPI ${kpi.id} holds ${kpi.history.length} measurements: ${added.length} more would pass the ${LIMITS.kpiHistoryMax} a KPI keeps`,
            },
          ]
        : [],
    );
    if (full.length > 0) throw badInput(full);
    if (plan.appends.length > 0) {
      const recorded = plan.results.filter((r) => r.status === 'RECORDED').length;
      const duplicates = plan.results.length - recorded;
      await commitMapWrite(
        ctx,
        mapId,
        {
          now,
          actor: actorOf(ctx.viewer),
          changes: plan.appends.map(({ kpi, measurements: added, deduplicated }) => ({
            kind: 'appendMeasurement' as const,
            part: 'kpi' as const,
            id: kpi.id,
            measurements: added,
            ...(deduplicated
              ? { revision: { expected: kpi.revision, source: 'read' as const } }
              : {}),
          })),
          history: {
            operation: 'recordKpiMeasurements',
            entity: 'JourneyMap',
            entityId: mapId,
            summary: `${recorded} measurement${recorded === 1 ? '' : 's'} recorded on ${plan.appends.length} KPI${plan.appends.length === 1 ? '' : 's'}${duplicates ? `, ${duplicates} duplicate${duplicates === 1 ? '' : 's'} skipped` : ''}`,
          },
        },
        { kpiId: ['input', 'measurements'], tooLarge: ['input', 'measurements'] },
      );
    }
    return { mapId, results: plan.results };
  });
}

/**
 * Writes one demo stage with everything in it, one use case call per entity
 * and in the order of the data: each touchpoint is appended after the
 * previous one, so positions follow the data without being given.
 */
import type { UseCaseContext } from '../../domain/context/useCaseContext';
import { addKpi } from '../../domain/kpis/addKpi';
import { recordKpiMeasurement } from '../../domain/kpis/recordKpiMeasurement';
import { addPainPoint } from '../../domain/painPoints/addPainPoint';
import { addStage } from '../../domain/stages/addStage';
import { addTouchpoint } from '../../domain/touchpoints/addTouchpoint';
import type { DemoKpi, DemoStage, DemoTouchpoint } from './demoTypes';

export async function seedStage(
  ctx: UseCaseContext,
  mapId: string,
  { touchpoints, kpis, ...stage }: DemoStage,
): Promise<void> {
  await addStage(ctx, { ...stage, mapId });
  for (const touchpoint of touchpoints) await seedTouchpoint(ctx, mapId, stage.id, touchpoint);
  for (const kpi of kpis) await seedKpi(ctx, mapId, stage.id, kpi);
}

async function seedTouchpoint(
  ctx: UseCaseContext,
  mapId: string,
  stageId: string,
  { painPoints, ...touchpoint }: DemoTouchpoint,
): Promise<void> {
  await addTouchpoint(ctx, { ...touchpoint, mapId, stageId });
  for (const painPoint of painPoints) {
    await addPainPoint(ctx, { ...painPoint, mapId, touchpointId: touchpoint.id });
  }
}

/** The first measurement comes with the KPI (one write fewer); the others are appended. */
async function seedKpi(
  ctx: UseCaseContext,
  mapId: string,
  stageId: string,
  { measurements: [first, ...later], ...kpi }: DemoKpi,
): Promise<void> {
  await addKpi(ctx, {
    ...kpi,
    mapId,
    stageId,
    current: first.value,
    measuredAt: first.measuredAt,
    source: first.source,
  });
  for (const measurement of later) {
    await recordKpiMeasurement(ctx, { ...measurement, mapId, kpiId: kpi.id });
  }
}

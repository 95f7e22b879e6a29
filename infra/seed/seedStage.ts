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

/** A fresh use-case context for each write, as each would be one request through the API. */
type Step = () => UseCaseContext;

export async function seedStage(
  step: Step,
  mapId: string,
  { touchpoints, kpis, ...stage }: DemoStage,
): Promise<void> {
  await addStage(step(), { ...stage, mapId });
  for (const touchpoint of touchpoints) await seedTouchpoint(step, mapId, stage.id, touchpoint);
  for (const kpi of kpis) await seedKpi(step, mapId, stage.id, kpi);
}

async function seedTouchpoint(
  step: Step,
  mapId: string,
  stageId: string,
  { painPoints, ...touchpoint }: DemoTouchpoint,
): Promise<void> {
  await addTouchpoint(step(), { ...touchpoint, mapId, stageId });
  for (const painPoint of painPoints) {
    await addPainPoint(step(), { ...painPoint, mapId, touchpointId: touchpoint.id });
  }
}

/** The first measurement comes with the KPI (one write fewer); the others are appended. */
async function seedKpi(
  step: Step,
  mapId: string,
  stageId: string,
  { measurements: [first, ...later], ...kpi }: DemoKpi,
): Promise<void> {
  await addKpi(step(), {
    ...kpi,
    mapId,
    stageId,
    current: first.value,
    measuredAt: first.measuredAt,
    source: first.source,
  });
  for (const measurement of later) {
    await recordKpiMeasurement(step(), { ...measurement, mapId, kpiId: kpi.id });
  }
}

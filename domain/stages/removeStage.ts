/**
 * Removes a stage with everything in it: its touchpoints, their pain points,
 * its KPIs. Readers stop seeing them the moment the stage is gone (views skip
 * parts without a parent), so the stage delete is the one atomic step; the
 * children go in the same transaction when it has room, else right after.
 */
import { partRemoval } from '../parts/removePart';
import { removeStageInput } from './stageInputs';

export const removeStage = partRemoval('stage', removeStageInput, {
  cascade: (view, stage) => {
    const touchpoints = view.touchpointsByStage.get(stage.id) ?? [];
    return [
      ...touchpoints.map((t) => ({ part: 'touchpoint' as const, id: t.id })),
      ...touchpoints.flatMap((t) =>
        (view.painPointsByTouchpoint.get(t.id) ?? []).map((p) => ({
          part: 'painPoint' as const,
          id: p.id,
        })),
      ),
      ...(view.kpisByStage.get(stage.id) ?? []).map((k) => ({ part: 'kpi' as const, id: k.id })),
    ];
  },
  summary: (stage, cleanup) =>
    `Stage "${stage.name}" removed with ${cleanup.filter((c) => c.part === 'touchpoint').length} touchpoint(s)`,
});

/**
 * Removes a stage with everything in it: its touchpoints, their pain points,
 * its KPIs. Readers stop seeing them the moment the stage is gone (views skip
 * parts without a parent), so the stage delete is the one atomic step; the
 * children go in the same transaction when it has room, else right after.
 */
import type { UseCaseContext } from '../context/useCaseContext';
import { removePart } from '../parts/removePart';
import { parseInput } from '../validation/parseInput';
import { removeStageInput } from './stageInputs';

export async function removeStage(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, stageId, expectedRevision } = parseInput(removeStageInput, rawInput);
  return removePart(ctx, {
    operation: 'removeStage',
    kind: 'stage',
    mapId,
    id: stageId,
    expectedRevision,
    cascade: (view) => {
      const touchpoints = view.touchpointsByStage.get(stageId) ?? [];
      return [
        ...touchpoints.map((t) => ({ part: 'touchpoint' as const, id: t.id })),
        ...touchpoints.flatMap((t) =>
          (view.painPointsByTouchpoint.get(t.id) ?? []).map((p) => ({
            part: 'painPoint' as const,
            id: p.id,
          })),
        ),
        ...(view.kpisByStage.get(stageId) ?? []).map((k) => ({ part: 'kpi' as const, id: k.id })),
      ];
    },
    summary: (stage, cleanup) =>
      `Stage "${stage.name}" removed with ${cleanup.filter((c) => c.part === 'touchpoint').length} touchpoint(s)`,
  });
}

import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import type { ImprovementRecord } from '../records';
import { improvementSummary } from './improvementSummary';
import { createImprovementInput } from './improvementInputs';
import { parseInput } from '../validation/parseInput';
import { newImprovementId } from './improvementIds';
import { linkRequirements } from './linkChecks';
import { completedAtAfter } from './statusTransitions';

/** One write: the improvement, and a condition per linked part. */
export async function createImprovement(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<ImprovementRecord> {
  const { id, ...fields } = parseInput(createImprovementInput, rawInput);
  const now = nowIso(ctx);
  const improvement: ImprovementRecord = {
    ...fields,
    id: id ?? newImprovementId(fields.mapId, ctx.clock.now().getTime()),
    completedAt: completedAtAfter(null, fields.status, null, now),
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.stores.maps.write(ctx.viewer.workspaceId, improvement.mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      { kind: 'create', part: 'improvement', record: improvement },
      ...linkRequirements(improvement),
    ],
    history: {
      operation: 'createImprovement',
      entity: 'Improvement',
      entityId: improvement.id,
      summary: `Improvement "${improvement.title}" added (${improvementSummary(improvement)})`,
    },
  });
  return improvement;
}

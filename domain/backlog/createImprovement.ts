import type { UseCaseContext } from '../context/useCaseContext';
import { addPart } from '../parts/addPart';
import type { PartRef } from '../parts/partRef';
import { parseInput } from '../validation/parseInput';
import { createImprovementInput } from './improvementInputs';
import { newImprovementId } from './improvementIds';
import { improvementSummary } from './improvementSummary';
import { linkRequirements } from './linkChecks';
import { completedAtAfter } from './statusTransitions';

/** Adds an improvement to a map's backlog: one write, with a condition per linked part. */
export async function createImprovement(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'improvement'>> {
  const { id, ...fields } = parseInput(createImprovementInput, rawInput);
  const now = ctx.clock.now();
  return addPart(ctx, {
    operation: 'createImprovement',
    kind: 'improvement',
    mapId: fields.mapId,
    fields: {
      ...fields,
      id: id ?? newImprovementId(fields.mapId, now.getTime()),
      completedAt: completedAtAfter(null, fields.status, null, now.toISOString()),
    },
    summary: (i) => `Improvement "${i.title}" added (${improvementSummary(i)})`,
    also: (i) => linkRequirements(i),
  });
}

/**
 * Re-estimates or edits an improvement. Its quadrant, score and backlog
 * position follow from the whole record, so the record is read, changed and
 * written back whole, conditioned on the revision read (retried if another
 * writer got there first). Two requests: one read, one write.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { badInput, notFound } from '../shared/errors';
import type { ImprovementRecord } from './improvement';
import { commitMapWrite } from '../parts/commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { assertRevision, revisionCheck } from '../parts/revisions';
import { updateImprovementInput } from './improvementInputs';
import { largestField } from '../validation/largestField';
import { parseInput } from '../validation/parseInput';
import { parseImprovementId } from './improvementIds';
import { improvementSummary } from './improvementSummary';
import { linkRequirements } from './linkChecks';
import { allowedNextStatuses, canMove, completedAtAfter } from './statusTransitions';

export async function updateImprovement(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<ImprovementRecord> {
  const { id, expectedRevision, ...fields } = parseInput(updateImprovementInput, rawInput);
  const { mapId } = parseImprovementId(id);
  const workspaceId = ctx.viewer.workspaceId;
  const set = definedOnly(fields);
  return redoWhenStale(ctx, async () => {
    const current = await ctx.stores.maps.readPart(workspaceId, mapId, 'improvement', id);
    if (!current) throw notFound('Improvement', id);
    assertRevision('Improvement', id, expectedRevision, current.revision);
    if (set.status && !canMove(current.status, set.status)) {
      throw badInput([
        {
          path: ['input', 'status'],
          message: `cannot go from ${current.status} to ${set.status}; allowed: ${allowedNextStatuses(current.status).join(', ')}`,
        },
      ]);
    }
    const now = nowIso(ctx);
    const status = set.status ?? current.status;
    const next: ImprovementRecord = {
      ...current,
      ...set,
      completedAt: completedAtAfter(current.status, status, current.completedAt, now),
      revision: current.revision + 1,
      updatedAt: now,
    };
    const changed = (Object.keys(set) as (keyof ImprovementRecord)[]).filter(
      (field) => JSON.stringify(next[field]) !== JSON.stringify(current[field]),
    );
    if (next.completedAt !== current.completedAt) changed.push('completedAt');
    await commitMapWrite(
      ctx,
      mapId,
      {
        now,
        actor: actorOf(ctx.viewer),
        changes: [
          {
            kind: 'replace',
            part: 'improvement',
            record: next,
            revision: revisionCheck(expectedRevision, current.revision),
            fields: changed,
          },
          ...linkRequirements(next, current),
        ],
        history: {
          operation: 'updateImprovement',
          entity: 'Improvement',
          entityId: id,
          summary:
            set.status && set.status !== current.status
              ? `Improvement "${next.title}" status ${current.status} → ${set.status}`
              : `Improvement "${next.title}" changed: ${Object.keys(set).join(', ') || 'nothing'} (${improvementSummary(next)})`,
        },
      },
      { tooLarge: largestField(set) },
    );
    return next;
  });
}

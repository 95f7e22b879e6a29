/**
 * Changes a map's own fields. The next review date depends on the creation
 * date, the last review and the cadence, so the header is read first and the
 * write is conditioned on the revision read (retried if someone else won).
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { notFound } from '../shared/errors';
import type { MapHeaderRecord } from './journeyMap';
import { nextReviewAt } from './review';
import { commitMapWrite } from '../parts/commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { assertRevision, revisionCheck } from '../parts/revisions';
import { updateJourneyMapInput } from './mapInputs';
import { parseInput } from '../validation/parseInput';
import { largestField } from '../validation/largestField';

export async function updateJourneyMap(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<MapHeaderRecord> {
  const { id, expectedRevision, ...fields } = parseInput(updateJourneyMapInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  return redoWhenStale(ctx, async () => {
    const current = await ctx.stores.maps.readHeader(workspaceId, id);
    if (!current) throw notFound('JourneyMap', id);
    assertRevision('JourneyMap', id, expectedRevision, current.revision);
    const set = definedOnly(fields);
    const merged = { ...current, ...set };
    const header = {
      ...set,
      nextReviewAt: nextReviewAt(merged.createdAt, merged.lastReviewedAt, merged.reviewCadenceDays),
    };
    const now = nowIso(ctx);
    await commitMapWrite(
      ctx,
      id,
      {
        now,
        actor: actorOf(ctx.viewer),
        changes: [],
        header,
        revision: revisionCheck(expectedRevision, current.revision),
        requirePersonas: set.personaIds,
        history: {
          operation: 'updateJourneyMap',
          entity: 'JourneyMap',
          entityId: id,
          summary: `Map fields changed: ${Object.keys(set).join(', ') || 'none'}`,
        },
      },
      { tooLarge: largestField(set) },
    );
    return {
      ...merged,
      ...header,
      revision: current.revision + 1,
      changeSeq: current.changeSeq + 1,
      updatedAt: now,
    };
  });
}

/**
 * Changes a map's own fields. The next review date depends on the creation
 * date, the last review and the cadence, so the header is read first and the
 * write is conditioned on the revision read (retried if someone else won).
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { notFound, staleRevision } from '../shared/errors';
import type { MapHeaderRecord } from '../records';
import { retryOnContention } from '../shared/retryOnContention';
import { nextReviewAt } from './review';
import { revisionCheck } from '../parts/revisionCheck';
import { updateJourneyMapInput } from './mapInputs';
import { parseInput } from '../validation/parseInput';

export async function updateJourneyMap(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<MapHeaderRecord> {
  const { id, expectedRevision, ...fields } = parseInput(updateJourneyMapInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  return retryOnContention(async () => {
    const current = await ctx.stores.maps.readHeader(workspaceId, id);
    if (!current) throw notFound('JourneyMap', id);
    if (expectedRevision != null && expectedRevision !== current.revision) {
      throw staleRevision('JourneyMap', id, expectedRevision, current.revision);
    }
    const set = definedOnly(fields);
    const merged = { ...current, ...set };
    const header = {
      ...set,
      nextReviewAt: nextReviewAt(merged.createdAt, merged.lastReviewedAt, merged.reviewCadenceDays),
    };
    const now = nowIso(ctx);
    await ctx.stores.maps.write(workspaceId, id, {
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
    });
    return {
      ...merged,
      ...header,
      revision: current.revision + 1,
      changeSeq: current.changeSeq + 1,
      updatedAt: now,
    };
  });
}

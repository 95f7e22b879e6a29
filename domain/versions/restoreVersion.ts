/**
 * Makes the draft equal to a published version (same ids), keeping every
 * version. The draft and the version are read, the difference is planned
 * (domain/versions/planRestore.ts), and the store applies it atomically from
 * a reader's view, conditioned on the draft not having changed since the read.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { redoWhenStale, rejectionError } from '../shared/rejections';
import { assertRevision, revisionCheck } from '../parts/revisions';
import { parseInput } from '../validation/parseInput';
import { restoreVersionInput } from './versionInputs';
import { planRestore } from './planRestore';

export async function restoreVersion(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, version, expectedRevision } = parseInput(restoreVersionInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  await redoWhenStale(ctx, async () => {
    const [draft, published] = await Promise.all([
      ctx.stores.maps.read(workspaceId, mapId),
      ctx.stores.versions.read(workspaceId, mapId, version),
    ]);
    if (!draft) throw notFound('JourneyMap', mapId);
    if (!published) throw notFound('JourneyMapVersion', `${version} of map ${mapId}`);
    assertRevision('JourneyMap', mapId, expectedRevision, draft.header.revision);
    const personas = await ctx.stores.personas.getMany(
      workspaceId,
      published.snapshot.contents.header.personaIds,
    );
    const now = nowIso(ctx);
    const plan = planRestore(draft, published.snapshot.contents, new Set(personas.keys()), now);
    const outcome = await ctx.stores.maps.restore(workspaceId, mapId, plan, {
      version,
      seenChangeSeq: draft.header.changeSeq,
      revision: revisionCheck(expectedRevision, draft.header.revision),
      now,
      actor: actorOf(ctx.viewer),
      history: {
        operation: 'restoreJourneyMapVersion',
        entity: 'JourneyMap',
        entityId: mapId,
        summary: `Draft restored to version ${version} "${published.meta.label}" (${plan.puts.length} part(s) written, ${plan.deletes.length} removed)`,
      },
    });
    if (!outcome.ok) throw rejectionError(outcome.rejection);
  });
  return mapId;
}

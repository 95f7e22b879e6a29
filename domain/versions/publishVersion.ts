/**
 * Publishes the draft as version n+1: the whole map, its backlog and its
 * personas as they are now, frozen. The draft is read, then the version is
 * written in a transaction conditioned on the draft not having changed since
 * and on n being still the latest: concurrent publishes get consecutive
 * numbers (the loser reads again and takes the next one), never the same one.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import type { PersonaRecord } from '../personas/persona';
import { redoWhenStale, rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import { publishVersionInput } from './versionInputs';
import type { VersionMeta } from './versionRecords';

export async function publishVersion(ctx: UseCaseContext, rawInput: unknown): Promise<VersionMeta> {
  const { mapId, label, notes } = parseInput(publishVersionInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  return redoWhenStale(ctx, async () => {
    const contents = await ctx.stores.maps.read(workspaceId, mapId);
    if (!contents) throw notFound('JourneyMap', mapId);
    const found = await ctx.stores.personas.getMany(workspaceId, contents.header.personaIds);
    const personas = contents.header.personaIds
      .map((id) => found.get(id))
      .filter((p): p is PersonaRecord => p !== undefined);
    const meta: VersionMeta = {
      mapId,
      number: contents.header.latestVersion + 1,
      label,
      notes,
      publishedAt: nowIso(ctx),
      publishedBy: actorOf(ctx.viewer),
    };
    const outcome = await ctx.stores.versions.publish(
      workspaceId,
      { contents, personas },
      meta,
      contents.header.changeSeq,
      {
        operation: 'publishJourneyMapVersion',
        entity: 'JourneyMapVersion',
        entityId: `${mapId}@${meta.number}`,
        summary: `Version ${meta.number} "${label}" published`,
      },
    );
    if (!outcome.ok) throw rejectionError(outcome.rejection);
    return meta;
  });
}

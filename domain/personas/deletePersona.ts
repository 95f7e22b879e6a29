/**
 * Deletes a persona, then unlinks it from every map that lists it. The unlink
 * is one write per map (each with its history entry); if it is interrupted,
 * readers still never see the deleted persona, because map views resolve
 * personas by id and skip missing ones.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context';
import { retryOnContention } from '../retryOnContention';
import { parseInput } from '../validation/parseInput';
import { deletePersonaInput } from '../validation/personaInputs';

export async function deletePersona(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { id, expectedRevision } = parseInput(deletePersonaInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  await ctx.stores.personas.delete(workspaceId, id, expectedRevision ?? null);
  const maps = await ctx.stores.maps.linkingPersona(workspaceId, id);
  for (const map of maps) {
    await retryOnContention(async () => {
      const current = await ctx.stores.maps.read(workspaceId, map.id);
      if (!current || !current.header.personaIds.includes(id)) return;
      await ctx.stores.maps.write(workspaceId, map.id, {
        now: nowIso(ctx),
        actor: actorOf(ctx.viewer),
        changes: [],
        header: { personaIds: current.header.personaIds.filter((p) => p !== id) },
        revision: { expected: current.header.revision, onMismatch: 'RETRY' },
        history: {
          operation: 'deletePersona',
          entity: 'Persona',
          entityId: id,
          summary: 'Persona deleted and unlinked from the map',
        },
      });
    });
  }
  return id;
}

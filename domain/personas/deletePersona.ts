/**
 * Deletes a persona: first unlinks it from every map that lists it (one write
 * per map, each with its history entry), then deletes it. Unlinking first
 * makes a retried deletion finish the job; and if a map is missed (the list
 * of maps comes from an index, which may lag a write), readers still never
 * see the deleted persona, because maps resolve personas by id and skip
 * missing ones.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { commitMapWrite } from '../parts/commitMapWrite';
import { redoWhenStale, rejectionError } from '../shared/rejections';
import { assertRevision } from '../parts/revisions';
import { parseInput } from '../validation/parseInput';
import { deletePersonaInput } from './personaInputs';

export async function deletePersona(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { id, expectedRevision } = parseInput(deletePersonaInput, rawInput);
  const workspaceId = ctx.viewer.workspaceId;
  const persona = await ctx.stores.personas.get(workspaceId, id);
  if (!persona) throw notFound('Persona', id);
  assertRevision('Persona', id, expectedRevision, persona.revision);
  for (const map of await ctx.stores.maps.linkingPersona(workspaceId, id)) {
    await redoWhenStale(ctx, async () => {
      const header = await ctx.stores.maps.readHeader(workspaceId, map.id);
      if (!header || !header.personaIds.includes(id)) return;
      await commitMapWrite(ctx, map.id, {
        now: nowIso(ctx),
        actor: actorOf(ctx.viewer),
        changes: [],
        header: { personaIds: header.personaIds.filter((p) => p !== id) },
        revision: { expected: header.revision, source: 'read' },
        history: {
          operation: 'deletePersona',
          entity: 'Persona',
          entityId: id,
          summary: `Persona "${persona.name}" deleted and unlinked from the map`,
        },
      });
    });
  }
  const outcome = await ctx.stores.personas.delete(workspaceId, id, expectedRevision ?? null);
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return id;
}

import { nowIso, type UseCaseContext } from '../context/useCaseContext';
import { newId } from '../shared/ids';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import { largestField } from '../validation/largestField';
import type { PersonaRecord } from './persona';
import { createPersonaInput } from './personaInputs';

/** Creates a persona: one write (CONFLICT when a client-chosen id is taken). */
export async function createPersona(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PersonaRecord> {
  const { id, ...fields } = parseInput(createPersonaInput, rawInput);
  const now = nowIso(ctx);
  const persona: PersonaRecord = {
    ...fields,
    id: id ?? newId(),
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  const outcome = await ctx.stores.personas.create(ctx.viewer.workspaceId, persona);
  if (!outcome.ok) throw rejectionError(outcome.rejection, { tooLarge: largestField(fields) });
  return persona;
}

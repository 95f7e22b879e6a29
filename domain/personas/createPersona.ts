import { nowIso, type UseCaseContext } from '../context/useCaseContext';
import { newId } from '../shared/ids';
import type { PersonaRecord } from '../records';
import { parseInput } from '../validation/parseInput';
import { createPersonaInput } from './personaInputs';

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
  await ctx.stores.personas.create(ctx.viewer.workspaceId, persona);
  return persona;
}

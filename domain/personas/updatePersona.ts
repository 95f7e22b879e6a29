import { nowIso, type UseCaseContext } from '../context/useCaseContext';
import type { PersonaRecord } from '../records';
import { parseInput } from '../validation/parseInput';
import { updatePersonaInput } from './personaInputs';
import { definedOnly } from '../shared/definedOnly';

export async function updatePersona(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PersonaRecord> {
  const { id, expectedRevision, ...fields } = parseInput(updatePersonaInput, rawInput);
  return ctx.stores.personas.update(ctx.viewer.workspaceId, id, {
    set: definedOnly(fields),
    expectedRevision: expectedRevision ?? null,
    now: nowIso(ctx),
  });
}

import { nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import { largestField } from '../validation/largestField';
import type { PersonaRecord } from './persona';
import { updatePersonaInput } from './personaInputs';

/** Changes a persona's fields: one write, which returns the persona as it is after it. */
export async function updatePersona(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PersonaRecord> {
  const { id, expectedRevision, ...fields } = parseInput(updatePersonaInput, rawInput);
  const outcome = await ctx.stores.personas.update(ctx.viewer.workspaceId, id, {
    set: definedOnly(fields),
    expectedRevision: expectedRevision ?? null,
    now: nowIso(ctx),
  });
  if (!outcome.ok) throw rejectionError(outcome.rejection, { tooLarge: largestField(fields) });
  return outcome.value;
}

import type { UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import type { Page } from '../paging/page';
import type { PersonaRecord } from './persona';
import { idArg } from '../validation/fields';
import { pageArgs } from '../paging/pageInputs';
import { parseInput } from '../validation/parseInput';

export async function getPersona(ctx: UseCaseContext, rawId: unknown): Promise<PersonaRecord> {
  const id = parseInput(idArg, rawId, ['id']);
  const persona = await ctx.stores.personas.get(ctx.viewer.workspaceId, id);
  if (!persona) throw notFound('Persona', id);
  return persona;
}

export async function listPersonas(
  ctx: UseCaseContext,
  rawArgs: { first?: number | null; after?: string | null },
): Promise<Page<PersonaRecord>> {
  const page = parseInput(pageArgs, rawArgs, []);
  return ctx.stores.personas.list(ctx.viewer.workspaceId, page);
}

export const countPersonas = (ctx: UseCaseContext): Promise<number> =>
  ctx.stores.personas.count(ctx.viewer.workspaceId);

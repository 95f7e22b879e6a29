import type { UseCaseContext } from '../context/useCaseContext';
import type { Page } from '../paging/page';
import { pageArgs } from '../paging/pageInputs';
import { parseInput } from '../validation/parseInput';
import type { ApiKeyRecord } from './apiKey';

/** The workspace's API keys, newest first, revoked and expired ones included. */
export async function listApiKeys(
  ctx: UseCaseContext,
  rawArgs: { first?: number | null; after?: string | null },
): Promise<Page<ApiKeyRecord>> {
  const page = parseInput(pageArgs, rawArgs, []);
  return ctx.stores.apiKeys.list(ctx.viewer.workspaceId, page);
}

export const countApiKeys = (ctx: UseCaseContext): Promise<number> =>
  ctx.stores.apiKeys.count(ctx.viewer.workspaceId);

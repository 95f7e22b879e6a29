import type { UseCaseContext } from '../context/useCaseContext';
import type { Page } from '../paging/page';
import { pageArgs } from '../paging/pageInputs';
import { parseInput } from '../validation/parseInput';
import type { HistoryEntry } from './historyEntry';

/** A map's history, newest first: every change, who made it, when, and what. */
export function listHistory(
  ctx: UseCaseContext,
  mapId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Page<HistoryEntry>> {
  const page = parseInput(pageArgs, args, []);
  return ctx.stores.history.list(ctx.viewer.workspaceId, mapId, page);
}

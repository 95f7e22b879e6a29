import type { UseCaseContext } from '../context/useCaseContext';
import type { Page } from '../paging/page';
import type { MapHeaderRecord } from './journeyMap';
import { journeyMapFilterInput } from './mapInputs';
import { pageArgs } from '../paging/pageInputs';
import { parseInput } from '../validation/parseInput';

export interface ListJourneyMapsArgs {
  first?: number | null;
  after?: string | null;
  filter?: unknown;
}

export async function listJourneyMaps(
  ctx: UseCaseContext,
  args: ListJourneyMapsArgs,
): Promise<Page<MapHeaderRecord>> {
  const page = parseInput(pageArgs, { first: args.first, after: args.after }, []);
  const filter = parseInput(journeyMapFilterInput, args.filter, ['filter']);
  return ctx.stores.maps.list(ctx.viewer.workspaceId, filter, page);
}

export async function countJourneyMaps(ctx: UseCaseContext, rawFilter: unknown): Promise<number> {
  const filter = parseInput(journeyMapFilterInput, rawFilter, ['filter']);
  return ctx.stores.maps.count(ctx.viewer.workspaceId, filter);
}

import type { UseCaseContext } from '../context';
import type { Quadrant } from '../enums';
import type { MapView } from '../mapView';
import { decodeCursor, encodeCursor } from '../paging/cursor';
import type { Page } from '../ports';
import type { ImprovementRecord } from '../records';
import { improvementFilterInput } from '../validation/improvementInputs';
import { pageArgs } from '../validation/pageInputs';
import { parseInput } from '../validation/parseInput';
import { backlogSortKey, quadrant } from './priority';

export interface ListImprovementsArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

/** The workspace's backlog, or one map's, one stage's, one quadrant's or one status's, in backlog order. */
export async function listImprovements(
  ctx: UseCaseContext,
  args: ListImprovementsArgs,
): Promise<Page<ImprovementRecord>> {
  const page = parseInput(pageArgs, { first: args.first, after: args.after }, []);
  const filter = parseInput(improvementFilterInput, args.filter, ['filter']);
  return ctx.stores.backlog.list(ctx.viewer.workspaceId, filter, page);
}

export async function countImprovements(ctx: UseCaseContext, rawFilter: unknown): Promise<number> {
  const filter = parseInput(improvementFilterInput, rawFilter, ['filter']);
  return ctx.stores.backlog.count(ctx.viewer.workspaceId, filter);
}

export type ImprovementMatrix = Record<Quadrant, ImprovementRecord[]>;

/** A map's backlog split by quadrant, each in backlog order. */
export function improvementMatrix(view: MapView): ImprovementMatrix {
  const matrix: ImprovementMatrix = {
    QUICK_WIN: [],
    STRATEGIC_PROJECT: [],
    FILL_IN: [],
    AVOID: [],
  };
  for (const improvement of view.improvements)
    matrix[quadrant(improvement.impact, improvement.effort)].push(improvement);
  return matrix;
}

export interface MapBacklogArgs {
  filter?: {
    quadrant?: Quadrant | null;
    status?: ImprovementRecord['status'] | null;
    stageId?: string | null;
  } | null;
  first?: number | null;
  after?: string | null;
}

/**
 * One page of a map's backlog from a view already read: the same order and
 * the same cursor semantics as the indexed listing (a cursor is a position in
 * backlog order, so re-estimated items neither repeat nor skip).
 */
export function pageOfMapBacklog(view: MapView, args: MapBacklogArgs): Page<ImprovementRecord> {
  const { first, after } = parseInput(pageArgs, { first: args.first, after: args.after }, []);
  const start = after ? decodeCursor(after, ['sk', 'id'] as const).sk : null;
  const matching = filterMapBacklog(view, args.filter).filter(
    (i) => start === null || backlogSortKey(i) > start,
  );
  return {
    items: matching
      .slice(0, first)
      .map((node) => ({ node, cursor: encodeCursor({ sk: backlogSortKey(node), id: node.id }) })),
    hasNextPage: matching.length > first,
  };
}

/** A map's backlog narrowed by a filter, in backlog order. */
export function filterMapBacklog(
  view: MapView,
  rawFilter: MapBacklogArgs['filter'],
): ImprovementRecord[] {
  const filter = parseInput(improvementFilterInput, rawFilter ?? null, ['filter']);
  return view.improvements.filter(
    (i) =>
      (!filter.quadrant || quadrant(i.impact, i.effort) === filter.quadrant) &&
      (!filter.status || i.status === filter.status) &&
      (!filter.stageId || i.stageId === filter.stageId),
  );
}

/** How many improvements the map has in each quadrant. */
export function quadrantCounts(view: MapView): Record<Quadrant, number> & { total: number } {
  const matrix = improvementMatrix(view);
  return {
    QUICK_WIN: matrix.QUICK_WIN.length,
    STRATEGIC_PROJECT: matrix.STRATEGIC_PROJECT.length,
    FILL_IN: matrix.FILL_IN.length,
    AVOID: matrix.AVOID.length,
    total: view.improvements.length,
  };
}

export type QuadrantCountsRecord = ReturnType<typeof quadrantCounts>;

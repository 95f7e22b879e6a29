import type { UseCaseContext } from '../context/useCaseContext';
import type { Quadrant } from '../shared/enums';
import { notFound } from '../shared/errors';
import type { MapView } from '../maps/mapView';
import { decodeCursor, encodeCursor } from '../paging/cursor';
import type { Page } from '../paging/page';
import type { BacklogFilter } from '../ports/backlogStore';
import type { ImprovementRecord } from './improvement';
import { idArg } from '../validation/fields';
import { improvementFilterInput } from './improvementInputs';
import { pageArgs } from '../paging/pageInputs';
import { parseInput } from '../validation/parseInput';
import { IMPROVEMENT_ID_PATTERN } from './improvementIds';
import { BACKLOG_SORT_KEY_PATTERN, backlogSortKey, byBacklogOrder, quadrant } from './priority';

export interface ListImprovementsArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

/**
 * The backlog in backlog order: the workspace's, or one map's, one stage's,
 * one quadrant's, one status's. Served by the index whose partition is that
 * filter, already sorted: one Query per page.
 */
export async function listImprovements(
  ctx: UseCaseContext,
  args: ListImprovementsArgs,
  within: Partial<BacklogFilter> = {},
): Promise<Page<ImprovementRecord>> {
  const page = parseInput(pageArgs, { first: args.first, after: args.after }, []);
  const filter = parseInput(improvementFilterInput, args.filter, ['filter']);
  return ctx.stores.backlog.list(ctx.viewer.workspaceId, { ...filter, ...within }, page);
}

export async function countImprovements(
  ctx: UseCaseContext,
  rawFilter: unknown,
  within: Partial<BacklogFilter> = {},
): Promise<number> {
  const filter = parseInput(improvementFilterInput, rawFilter, ['filter']);
  return ctx.stores.backlog.count(ctx.viewer.workspaceId, { ...filter, ...within });
}

export type ImprovementMatrix = Record<Quadrant, ImprovementRecord[]>;

/** Improvements split by quadrant, each in backlog order. */
export function matrixOf(improvements: readonly ImprovementRecord[]): ImprovementMatrix {
  const matrix: ImprovementMatrix = {
    QUICK_WIN: [],
    STRATEGIC_PROJECT: [],
    FILL_IN: [],
    AVOID: [],
  };
  for (const improvement of [...improvements].sort(byBacklogOrder)) {
    matrix[quadrant(improvement.impact, improvement.effort)].push(improvement);
  }
  return matrix;
}

/** A map's backlog on the impact / effort matrix: one Query for the map's whole backlog. */
export async function improvementMatrix(
  ctx: UseCaseContext,
  rawMapId: unknown,
): Promise<ImprovementMatrix> {
  const mapId = parseInput(idArg, rawMapId, ['mapId']);
  const improvements = await ctx.stores.backlog.ofMap(ctx.viewer.workspaceId, mapId);
  if (!improvements) throw notFound('JourneyMap', mapId);
  return matrixOf(improvements);
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
 * One page of a published version's backlog, from its snapshot (versions have
 * no index): the same order and cursor semantics as the indexed listing.
 */
export function pageOfVersionBacklog(view: MapView, args: MapBacklogArgs): Page<ImprovementRecord> {
  const { first, after } = parseInput(pageArgs, { first: args.first, after: args.after }, []);
  const start = after
    ? decodeCursor(after, { sk: BACKLOG_SORT_KEY_PATTERN, id: IMPROVEMENT_ID_PATTERN }).sk
    : null;
  const matching = filterVersionBacklog(view, args.filter).filter(
    (i) => start === null || backlogSortKey(i) > start,
  );
  return {
    items: matching
      .slice(0, first)
      .map((node) => ({ node, cursor: encodeCursor({ sk: backlogSortKey(node), id: node.id }) })),
    hasNextPage: matching.length > first,
  };
}

/** A version's backlog narrowed by a filter, in backlog order. */
export function filterVersionBacklog(
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

/** How many improvements the map has in each quadrant (from a view already read). */
export function quadrantCounts(view: MapView): Record<Quadrant, number> & { total: number } {
  const matrix = matrixOf(view.improvements);
  return {
    QUICK_WIN: matrix.QUICK_WIN.length,
    STRATEGIC_PROJECT: matrix.STRATEGIC_PROJECT.length,
    FILL_IN: matrix.FILL_IN.length,
    AVOID: matrix.AVOID.length,
    total: view.improvements.length,
  };
}

export type QuadrantCountsRecord = ReturnType<typeof quadrantCounts>;

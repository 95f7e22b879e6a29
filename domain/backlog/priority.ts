/**
 * The impact / effort matrix (seed 004): impact ≥ 3 is high, effort ≥ 3 is
 * high. Quick wins first; the backlog order is priority score descending, then
 * impact descending, then oldest first, then id.
 */
import type { Quadrant } from '../shared/enums';
import type { ImprovementRecord } from './improvement';

export const HIGH = 3;

export function quadrant(impact: number, effort: number): Quadrant {
  const highImpact = impact >= HIGH;
  const highEffort = effort >= HIGH;
  if (highImpact) return highEffort ? 'STRATEGIC_PROJECT' : 'QUICK_WIN';
  return highEffort ? 'AVOID' : 'FILL_IN';
}

/** impact × (6 − effort): 1 (impact 1, effort 5) … 25 (impact 5, effort 1). */
export const priorityScore = (impact: number, effort: number): number => impact * (6 - effort);

/**
 * A string that sorts ascending in backlog order, so that an index can serve
 * the backlog already sorted: inverted score and impact, then creation time, then id.
 */
export function backlogSortKey(
  improvement: Pick<ImprovementRecord, 'impact' | 'effort' | 'createdAt' | 'id'>,
): string {
  const score = priorityScore(improvement.impact, improvement.effort);
  return [
    String(25 - score).padStart(2, '0'),
    String(5 - improvement.impact),
    improvement.createdAt,
    improvement.id,
  ].join('#');
}

/** The shape of a backlog sort key (a cursor's position). */
export const BACKLOG_SORT_KEY_PATTERN =
  /^\d{2}#[0-4]#\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-Z]{26}:[0-9A-Z]{26}$/;

/** Compares two improvements in backlog order. */
export function byBacklogOrder<
  T extends Pick<ImprovementRecord, 'impact' | 'effort' | 'createdAt' | 'id'>,
>(a: T, b: T): number {
  const ka = backlogSortKey(a);
  const kb = backlogSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

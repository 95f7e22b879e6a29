/**
 * How an improvement's status may change. Work moves forward (skipping steps
 * is fine: a quick win may go from IDEA straight to DONE); anything may be
 * DROPPED; a dropped idea may be revived as an IDEA; a DONE item may be
 * reopened as IN_PROGRESS when its fix did not hold.
 */
import type { ImprovementStatus } from '../shared/enums';

const FORWARD: ImprovementStatus[] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DONE'];

export function allowedNextStatuses(from: ImprovementStatus): ImprovementStatus[] {
  if (from === 'DROPPED') return ['IDEA'];
  const next = FORWARD.slice(FORWARD.indexOf(from) + 1);
  if (from === 'DONE') next.push('IN_PROGRESS');
  return [...next, 'DROPPED'];
}

export const canMove = (from: ImprovementStatus, to: ImprovementStatus): boolean =>
  from === to || allowedNextStatuses(from).includes(to);

/** completedAt after a status change: set when an item becomes DONE, cleared when it leaves DONE. */
export function completedAtAfter(
  from: ImprovementStatus | null,
  to: ImprovementStatus,
  previous: string | null,
  now: string,
): string | null {
  if (to !== 'DONE') return null;
  return from === 'DONE' ? previous : now;
}

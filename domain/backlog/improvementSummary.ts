import type { ImprovementRecord } from './improvement';
import { priorityScore, quadrant } from './priority';

/** "impact 4, effort 2 → QUICK_WIN, score 16": how history entries describe an estimate. */
export const improvementSummary = (
  i: Pick<ImprovementRecord, 'impact' | 'effort' | 'status'>,
): string =>
  `impact ${i.impact}, effort ${i.effort} → ${quadrant(i.impact, i.effort)}, score ${priorityScore(i.impact, i.effort)}, ${i.status}`;

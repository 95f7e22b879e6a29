/** The review cycle: a map is due for review a cadence after its last review (or its creation). */

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_REVIEW_CADENCE_DAYS = 90;

export function nextReviewAt(
  createdAt: string,
  lastReviewedAt: string | null,
  reviewCadenceDays: number,
): string {
  const anchor = Date.parse(lastReviewedAt ?? createdAt);
  return new Date(anchor + reviewCadenceDays * DAY_MS).toISOString();
}

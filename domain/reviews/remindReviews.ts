/**
 * The daily review reminder: every map whose review date has passed gets one
 * reminder for that date, then one per review cadence while it stays
 * unreviewed (a quarterly map: on its date, then every 90 days). Setting a
 * new review date (a review, a new cadence) starts over at that date. A
 * reminder is recorded in the map's partition; the table's stream turns it
 * into a JourneyMapReviewDue event (domain/events/). Reminders missed while
 * the job did not run are not sent late one by one: the current period's is.
 */
import type { ReviewStore } from '../ports/reviewStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one run did. */
export interface ReminderRun {
  due: number;
  sent: number;
  alreadySent: number;
  stale: number;
}

export async function remindReviews(store: ReviewStore, now: Date): Promise<ReminderRun> {
  const at = now.toISOString();
  const due = await store.dueReviews(at);
  const run: ReminderRun = { due: due.length, sent: 0, alreadySent: 0, stale: 0 };
  for (const review of due) {
    const cadence = Math.max(1, review.reviewCadenceDays) * DAY_MS;
    const dueAt = Date.parse(review.nextReviewAt);
    const reminder = Math.max(0, Math.floor((now.getTime() - dueAt) / cadence));
    const outcome = await store.remind({
      due: review,
      reminder,
      sentAt: at,
      nextAlertAt: new Date(dueAt + (reminder + 1) * cadence).toISOString(),
    });
    run[outcome === 'sent' ? 'sent' : outcome] += 1;
  }
  return run;
}

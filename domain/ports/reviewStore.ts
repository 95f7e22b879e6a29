/** The maps whose review reminder is due, across workspaces (the daily reminder's only reads). */
export interface DueReview {
  workspaceId: string;
  mapId: string;
  /** When the pending reminder fell due. */
  alertAt: string;
  /** The map's review date. */
  nextReviewAt: string;
  reviewCadenceDays: number;
  title: string;
  owner: string | null;
}

/** A reminder to record: the map's reminder moves on to `nextAlertAt`. */
export interface ReviewReminder {
  due: DueReview;
  /** 0 for the review date itself, n for n cadences after it. */
  reminder: number;
  sentAt: string;
  nextAlertAt: string;
}

export interface ReviewStore {
  /** Every map whose pending reminder is due at `now` (an index Query, no scan). */
  dueReviews(now: string): Promise<DueReview[]>;
  /**
   * Records a reminder once (a second one for the same review date and
   * period is `alreadySent`) and moves the map's reminder on; `stale` when
   * the map changed since it was listed (deleted, reviewed, re-dated).
   */
  remind(reminder: ReviewReminder): Promise<'sent' | 'alreadySent' | 'stale'>;
}

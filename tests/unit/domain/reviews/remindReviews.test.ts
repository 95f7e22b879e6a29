import type { DueReview, ReviewReminder, ReviewStore } from '../../../../domain/ports/reviewStore';
import { remindReviews } from '../../../../domain/reviews/remindReviews';
import { MAP, WS } from '../../support/table';

const due = (fields: Partial<DueReview> = {}): DueReview => ({
  workspaceId: WS,
  mapId: MAP,
  alertAt: '2025-03-01T00:00:00.000Z',
  nextReviewAt: '2025-03-01T00:00:00.000Z',
  reviewCadenceDays: 90,
  title: 'Souscription',
  owner: null,
  ...fields,
});

function store(reviews: DueReview[], answer: 'sent' | 'alreadySent' | 'stale' = 'sent') {
  const reminders: ReviewReminder[] = [];
  const fake: ReviewStore = {
    dueReviews: async () => reviews,
    remind: async (reminder) => {
      reminders.push(reminder);
      return answer;
    },
  };
  return { fake, reminders };
}

describe('remindReviews', () => {
  it('reminds a map whose date has passed, and moves its reminder one cadence after the date', async () => {
    const { fake, reminders } = store([due()]);
    const run = await remindReviews(fake, new Date('2025-03-02T06:00:00.000Z'));
    expect(run).toEqual({ due: 1, sent: 1, alreadySent: 0, stale: 0 });
    expect(reminders).toEqual([
      {
        due: due(),
        reminder: 0,
        sentAt: '2025-03-02T06:00:00.000Z',
        nextAlertAt: '2025-05-30T00:00:00.000Z',
      },
    ]);
  });

  it('sends the current period’s reminder, not every one missed', async () => {
    const { fake, reminders } = store([due({ reviewCadenceDays: 7 })]);
    await remindReviews(fake, new Date('2025-03-30T00:00:00.000Z'));
    expect(reminders.map((r) => [r.reminder, r.nextAlertAt])).toEqual([
      [4, '2025-04-05T00:00:00.000Z'],
    ]);
  });

  it('counts reminders already sent and maps that changed meanwhile', async () => {
    expect(
      await remindReviews(store([due()], 'alreadySent').fake, new Date('2025-03-02')),
    ).toMatchObject({
      alreadySent: 1,
    });
    expect(await remindReviews(store([due()], 'stale').fake, new Date('2025-03-02'))).toMatchObject(
      { stale: 1 },
    );
  });
});

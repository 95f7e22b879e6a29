import { DEFAULT_REVIEW_CADENCE_DAYS, nextReviewAt } from '../../../../domain/maps/review';

describe('The next review of a map', () => {
  it('is due a cadence after its creation when it was never reviewed', () => {
    expect(nextReviewAt('2025-01-01T00:00:00.000Z', null, 90)).toBe('2025-04-01T00:00:00.000Z');
  });

  it('is due a cadence after its last review', () => {
    expect(nextReviewAt('2024-01-01T00:00:00.000Z', '2025-03-15T10:30:00.000Z', 30)).toBe(
      '2025-04-14T10:30:00.000Z',
    );
  });

  it('counts in whole days across a leap day', () => {
    expect(nextReviewAt('2024-02-01T00:00:00.000Z', null, 29)).toBe('2024-03-01T00:00:00.000Z');
  });

  it('accepts instants with an offset and answers in UTC', () => {
    expect(nextReviewAt('2025-01-01T01:00:00+01:00', null, 1)).toBe('2025-01-02T00:00:00.000Z');
  });

  it('defaults to a quarterly cadence', () => {
    expect(DEFAULT_REVIEW_CADENCE_DAYS).toBe(90);
  });
});

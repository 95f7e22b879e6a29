import { RetryBudget, type RetryClock } from '../../../../domain/shared/retryBudget';

/** A clock that sleeps by moving its time on, and draws a fixed random. */
function fakeClock(random = 1): RetryClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const POLICY = { maxRetries: 4, baseDelayMs: 10, maxDelayMs: 50, budgetMs: 1_000 };

describe('RetryBudget', () => {
  it('allows maxRetries retries, then says no without waiting', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(POLICY, clock);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await budget.retry());
    expect(answers).toEqual([true, true, true, true, false, false]);
    expect(budget.used).toBe(4);
    expect(clock.slept).toHaveLength(4);
  });

  it('waits a random share of a ceiling that doubles up to maxDelayMs (full jitter)', async () => {
    const clock = fakeClock(1);
    const budget = new RetryBudget(POLICY, clock);
    while (await budget.retry());
    expect(clock.slept).toEqual([10, 20, 40, 50]);
    const halfClock = fakeClock(0.5);
    const half = new RetryBudget(POLICY, halfClock);
    await half.retry();
    await half.retry();
    expect(halfClock.slept).toEqual([5, 10]);
  });

  it('starts no retry that would end past the time budget', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget({ ...POLICY, maxRetries: 100, budgetMs: 75 }, clock);
    while (await budget.retry());
    // 10 + 20 + 40 = 70 ms; the next wait (50 ms) would end at 120 ms, past 75.
    expect(clock.slept).toEqual([10, 20, 40]);
    expect(budget.used).toBe(3);
  });

  it('is shared: retries spent by one layer are not there for another', async () => {
    const budget = new RetryBudget(POLICY, fakeClock());
    await budget.retry();
    await budget.retry();
    await budget.retry();
    expect(await budget.retry()).toBe(true);
    expect(await budget.retry()).toBe(false);
  });
});

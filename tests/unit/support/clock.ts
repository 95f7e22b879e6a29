/**
 * Milliseconds for `appendKey(now)` that only move forward.
 *
 * Note: appendKey remembers the last key it made in the process (so that
 * appends in one millisecond still grow); a test that fed it an earlier time
 * after a later one would get a key of the later time. The clock starts far
 * ahead of the real one so that code paths using `Date.now()` never overtake it.
 */
let now = Date.UTC(2100, 0, 1);

export const nextMillisecond = (step = 1): number => (now += step);

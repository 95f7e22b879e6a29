/**
 * Fractional order keys: strings over base-62 digits, compared as plain byte
 * strings (as DynamoDB and `<` both do). A key can always be made between two
 * others, so a move rewrites one item, and positions 0…n−1 are derived by
 * sorting. Read as a fraction 0.d1d2d3…, no key may end in '0' (it would equal
 * the key without it).
 *
 * Appends need no read: `appendKey()` starts with the current time, so it
 * sorts after every key made earlier. Keys made after an existing key keep its
 * time prefix (`keyAfter` never touches the first TIME_DIGITS characters), so
 * they stay below the keys of later appends.
 */
import { randomInt } from 'node:crypto';

export const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
/** 62^8 ms is about 6,900 years: enough for a fixed-width time prefix. */
export const TIME_DIGITS = 8;
const RANDOM_DIGITS = 4;

const digit = (value: number): string => DIGITS.charAt(value);
const valueOf = (char: string | undefined): number =>
  char === undefined ? 0 : DIGITS.indexOf(char);

// Note: the last key this process appended; within one millisecond, appends must still grow.
let lastAppended = '';

/**
 * A key after every key created before `now`: time prefix, then random digits
 * (never ending in '0'). Within a process, each append sorts after the last one
 * even when the clock has not moved.
 */
export function appendKey(now: number = Date.now()): string {
  const key = timeKey(now);
  // Note: a random last digit keeps this apart from a keyAfter(lastAppended) made meanwhile.
  lastAppended = key > lastAppended ? key : keyAfter(lastAppended) + digit(1 + randomInt(BASE - 1));
  return lastAppended;
}

function timeKey(now: number): string {
  let time = '';
  let t = Math.floor(now);
  for (let i = 0; i < TIME_DIGITS; i++) {
    time = digit(t % BASE) + time;
    t = Math.floor(t / BASE);
  }
  let tail = '';
  for (let i = 0; i < RANDOM_DIGITS - 1; i++) tail += digit(randomInt(BASE));
  return time + tail + digit(1 + randomInt(BASE - 1));
}

/**
 * A key after `key` that keeps its first TIME_DIGITS characters, so that it
 * stays below later appends. Short keys (made by midpoints) are padded with
 * '0' first, which does not change their value.
 */
export function keyAfter(key: string): string {
  const padded = key.padEnd(TIME_DIGITS, '0');
  for (let i = padded.length - 1; i >= TIME_DIGITS; i--) {
    const v = valueOf(padded[i]);
    if (v < BASE - 1) return padded.slice(0, i) + digit(v + 1);
  }
  return padded + digit(BASE / 2);
}

/** A key strictly between `low` and `high` (either may be null for "no bound"). */
export function keyBetween(low: string | null, high: string | null): string {
  if (low !== null && high !== null && low >= high) {
    throw new RangeError(`keyBetween: ${low} is not below ${high}`);
  }
  if (high === null) return low === null ? appendKey() : keyAfter(low);
  return midpoint(low ?? '', high);
}

/**
 * Midpoint of two fractions written as digit strings, `low < high`, `high`
 * non-empty. Adapted from the well-known fractional-indexing algorithm.
 */
function midpoint(low: string, high: string): string {
  let common = 0;
  while ((low[common] ?? '0') === high[common]) common++;
  if (common > 0) {
    return high.slice(0, common) + midpoint(low.slice(common), high.slice(common));
  }
  const lowDigit = valueOf(low[0]);
  const highDigit = valueOf(high[0]);
  if (highDigit - lowDigit > 1) return digit(Math.round((lowDigit + highDigit) / 2));
  // Adjacent digits: take high's first digit when high goes on, else go one digit deeper.
  if (high.length > 1) return high.slice(0, 1);
  return digit(lowDigit) + midpointToOne(low.slice(1));
}

/** A fraction between `low` and 1. */
function midpointToOne(low: string): string {
  const lowDigit = valueOf(low[0]);
  if (BASE - lowDigit > 1) return digit(Math.round((lowDigit + BASE) / 2));
  return digit(lowDigit) + midpointToOne(low.slice(1));
}

/**
 * Entity ids are ULIDs: 26 Crockford base-32 characters, the first ten encoding
 * the creation time in milliseconds. They sort by creation time, which gives
 * lists a stable "oldest first" order with no extra attribute.
 */
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function newId(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(t % 32) + time;
    t = Math.floor(t / 32);
  }
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD.charAt((random[i] ?? 0) % 32);
  return time + tail;
}

/**
 * Event ids that a redelivered stream record gives again: a UUID-shaped hash
 * of the detail-type, the source item's key, the write it saw and the
 * event's place among that write's events. Consumers deduplicate on it
 * (EventBridge itself delivers at least once).
 */
import { createHash } from 'node:crypto';
import type { FactSource } from './changeFacts';
import type { DetailType } from './eventDetails';

export function eventId(detailType: DetailType, source: FactSource, index = 0): string {
  const hex = createHash('sha256')
    .update([detailType, source.PK, source.SK, source.version, String(index)].join('\u0000'))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

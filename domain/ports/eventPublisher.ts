import type { DomainEvent } from '../events/eventDetails';

/** Publishes domain events (EventBridge in AWS). */
export interface EventPublisher {
  /**
   * Publishes the events, retrying those that failed within the unit of
   * work's retry budget; resolves with the ids of those that could not be
   * published, which the caller reports as failed.
   */
  publish(events: readonly DomainEvent[]): Promise<{ failedIds: string[] }>;
}

/**
 * Publishes domain events on an EventBridge bus: PutEvents with at most 10
 * entries per call (the service's limit). PutEvents answers per entry; the
 * entries that failed (throttled, an internal failure) are sent again, and
 * only they, after a back-off drawn from the unit of work's retry budget
 * (the SDK itself does not retry: one policy for the whole invocation). What
 * is still failing when the budget is spent is reported by id.
 */
import {
  EventBridgeClient,
  PutEventsCommand,
  type PutEventsCommandOutput,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type DomainEvent } from '../../domain/events/eventDetails';
import type { EventPublisher } from '../../domain/ports/eventPublisher';
import type { RetryBudget } from '../../domain/shared/retryBudget';
import { isTransient } from '../dynamo/transientErrors';

/** PutEvents takes at most 10 entries per call. */
export const PUT_EVENTS_LIMIT = 10;

/** What the publisher needs of an EventBridge client (a fake in the tests). */
export interface PutEventsSender {
  send(
    command: PutEventsCommand,
  ): Promise<Pick<PutEventsCommandOutput, 'Entries' | 'FailedEntryCount'>>;
}

/** An EventBridge client for the region the function runs in; the SDK does not retry. */
export const createEventBridgeClient = (): EventBridgeClient =>
  new EventBridgeClient({ maxAttempts: 1 });

const entry = (busName: string, event: DomainEvent): PutEventsRequestEntry => ({
  EventBusName: busName,
  Source: EVENT_SOURCE,
  DetailType: event.detailType,
  Detail: JSON.stringify(event.detail),
  Time: new Date(event.detail.at),
});

export class EventBridgePublisher implements EventPublisher {
  /** PutEvents calls sent, for the figures and the tests. */
  calls = 0;

  constructor(
    private readonly client: PutEventsSender,
    private readonly busName: string,
    private readonly retry: RetryBudget,
  ) {}

  async publish(events: readonly DomainEvent[]): Promise<{ failedIds: string[] }> {
    const failedIds: string[] = [];
    for (let i = 0; i < events.length; i += PUT_EVENTS_LIMIT) {
      let pending = events.slice(i, i + PUT_EVENTS_LIMIT);
      while (pending.length > 0) {
        pending = await this.send(pending);
        if (pending.length > 0 && !(await this.retry.retry())) {
          failedIds.push(...pending.map((event) => event.detail.eventId));
          break;
        }
      }
    }
    return { failedIds };
  }

  /** Sends one batch; resolves with the events still to send. */
  private async send(batch: readonly DomainEvent[]): Promise<DomainEvent[]> {
    this.calls += 1;
    try {
      const result = await this.client.send(
        new PutEventsCommand({ Entries: batch.map((event) => entry(this.busName, event)) }),
      );
      if (!result.FailedEntryCount) return [];
      // Entries answer in the order they were sent; a failed one has an ErrorCode.
      return batch.filter((_, index) => result.Entries?.[index]?.ErrorCode !== undefined);
    } catch (error) {
      if (!isTransient(error)) throw error;
      return [...batch];
    }
  }
}

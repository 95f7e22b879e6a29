/**
 * A fake EventBridge client that records every PutEvents call and answers
 * like the service: per entry, with an EventId or an ErrorCode. `failNext`
 * makes chosen entries of the next calls fail (throttled), as the service
 * does under load; everything else succeeds.
 */
import type { PutEventsCommand, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { PutEventsSender } from '../../../store/eventBridge/eventBridgePublisher';

export interface FakeEventBridge extends PutEventsSender {
  /** The entries of each call, in order. */
  calls: PutEventsRequestEntry[][];
  /** For each of the next calls, the indexes of its entries that fail. */
  failNext(...indexesPerCall: number[][]): void;
  /** Every entry that was accepted, parsed: detail-type, source, detail. */
  accepted(): {
    detailType: string;
    source: string;
    bus: string;
    detail: Record<string, unknown>;
  }[];
  reset(): void;
}

export function fakeEventBridge(): FakeEventBridge {
  const calls: PutEventsRequestEntry[][] = [];
  const failures: number[][] = [];
  const acceptedEntries: PutEventsRequestEntry[] = [];
  return {
    calls,
    failNext(...indexesPerCall) {
      failures.push(...indexesPerCall);
    },
    async send(command: PutEventsCommand) {
      const entries = command.input.Entries ?? [];
      if (entries.length > 10)
        throw new Error(`PutEvents takes at most 10 entries, got ${entries.length}`);
      calls.push(entries);
      const failing = new Set(failures.shift() ?? []);
      const answers = entries.map((entry, index) => {
        if (failing.has(index)) {
          return { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' };
        }
        acceptedEntries.push(entry);
        return { EventId: `event-${acceptedEntries.length}` };
      });
      return { Entries: answers, FailedEntryCount: failing.size };
    },
    accepted: () =>
      acceptedEntries.map((entry) => ({
        detailType: String(entry.DetailType),
        source: String(entry.Source),
        bus: String(entry.EventBusName),
        detail: JSON.parse(String(entry.Detail)) as Record<string, unknown>,
      })),
    reset() {
      calls.length = 0;
      failures.length = 0;
      acceptedEntries.length = 0;
    },
  };
}

/**
 * One batch of the table's stream, in order: each record read into its fact
 * (store/stream/factFromRecord.ts), the facts into domain events, published
 * in PutEvents batches of 10, then each map change pushed to its
 * subscribers, the changes of one map one after the other (per map, in
 * revision order; different maps side by side).
 *
 * Partial failures (ReportBatchItemFailures): the first record that cannot
 * be read, or whose events could not be published within the retry budget,
 * is reported, and Lambda retries the batch from it; nothing after it is
 * pushed, so subscribers keep the order. Events of the records after it that
 * were published go again with the retry, under the same ids (consumers drop
 * duplicates by `eventId`). A push that fails is logged, not retried by the
 * stream: a subscriber that misses one sees a gap in `revision` and reads
 * the map again.
 */
import type { DynamoDBBatchResponse } from 'aws-lambda';
import type { ChangeFact, MapChangedFact } from '../../domain/events/changeFacts';
import type { DomainEvent } from '../../domain/events/eventDetails';
import { eventsFromFact } from '../../domain/events/eventsFromFacts';
import type { EventPublisher } from '../../domain/ports/eventPublisher';
import type { StreamRecordLike } from '../../store/stream/factFromRecord';

export interface StreamBatchOptions {
  /** The fact a record stands for, or null; throws for a record that does not decode. */
  factOf: (record: StreamRecordLike) => ChangeFact | null;
  publisher: EventPublisher;
  /** Pushes a map change to its subscribers. */
  deliver: (fact: MapChangedFact) => Promise<{ pushed: number; gone: number }>;
  log: (message: string, details: Record<string, unknown>) => void;
}

/** What one batch did, for the logs and the tests. */
export interface StreamBatchReport {
  response: DynamoDBBatchResponse;
  events: DomainEvent[];
  pushed: number;
  gone: number;
}

const sequenceOf = (record: StreamRecordLike) => record.dynamodb?.SequenceNumber ?? '';

export async function processStreamBatch(
  records: readonly StreamRecordLike[],
  options: StreamBatchOptions,
): Promise<StreamBatchReport> {
  const read: { fact: ChangeFact | null; events: DomainEvent[] }[] = [];
  let failedAt = records.length;
  for (const [index, record] of records.entries()) {
    try {
      const fact = options.factOf(record);
      read.push({ fact, events: fact ? eventsFromFact(fact) : [] });
    } catch (error) {
      options.log('stream record not read', {
        sequenceNumber: sequenceOf(record),
        error: error instanceof Error ? error.message : String(error),
      });
      failedAt = index;
      break;
    }
  }

  const events = read.flatMap((r) => r.events);
  let failedIds: Set<string>;
  try {
    failedIds = new Set((await options.publisher.publish(events)).failedIds);
  } catch (error) {
    options.log('events not published', {
      error: error instanceof Error ? error.message : String(error),
    });
    failedIds = new Set(events.map((e) => e.detail.eventId));
  }
  const unpublished = read.findIndex((r) => r.events.some((e) => failedIds.has(e.detail.eventId)));
  if (unpublished !== -1) failedAt = Math.min(failedAt, unpublished);

  const byMap = new Map<string, MapChangedFact[]>();
  for (const { fact } of read.slice(0, failedAt)) {
    if (fact?.kind !== 'mapChanged') continue;
    const key = `${fact.workspaceId}/${fact.mapId}`;
    byMap.set(key, [...(byMap.get(key) ?? []), fact]);
  }
  let pushed = 0;
  let gone = 0;
  await Promise.all(
    [...byMap.values()].map(async (changes) => {
      for (const fact of changes) {
        try {
          const delivery = await options.deliver(fact);
          pushed += delivery.pushed;
          gone += delivery.gone;
        } catch (error) {
          options.log('change not pushed', {
            mapId: fact.mapId,
            revision: fact.revision,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }),
  );

  const failed = records[failedAt];
  return {
    response: { batchItemFailures: failed ? [{ itemIdentifier: sequenceOf(failed) }] : [] },
    events: events.filter((e) => !failedIds.has(e.detail.eventId)),
    pushed,
    gone,
  };
}

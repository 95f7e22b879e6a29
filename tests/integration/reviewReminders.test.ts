/**
 * The daily review reminder against DynamoDB Local: due maps found through
 * the ReviewDue index (one Query), one reminder per review date and period
 * (one transaction each), and the JourneyMapReviewDue events the stream
 * handler makes of them. Time is passed in: the job runs "days later".
 */
import { remindReviews } from '../../domain/reviews/remindReviews';
import { EventBridgePublisher } from '../../store/eventBridge/eventBridgePublisher';
import { DynamoReviewStore } from '../../store/reviews/dynamoReviewStore';
import type { StreamReader } from '../../store/stream/streamReader';
import { createMap } from '../support/fixtures';
import { fakeEventBridge } from '../support/events/fakeEventBridge';
import { openLocalStream, type LocalStream } from '../support/events/localStream';
import { schemaErrors } from '../support/events/schemaValidator';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

const DAY = 24 * 60 * 60 * 1000;
let api: TestApi;
let reader: StreamReader;
let store: DynamoReviewStore;
const bridge = fakeEventBridge();
let processBatch: LocalStream['processBatch'];

beforeAll(async () => {
  api = await startTestApi();
  ({ reader, processBatch } = await openLocalStream(api, {
    publisher: (retry) => new EventBridgePublisher(bridge, 'bus', retry),
    log: () => undefined,
  }));
  store = new DynamoReviewStore(api.runtime.dynamo);
});
afterAll(() => reader.close());

/** Runs the reminder as if it were `days` days from now; resolves with the run and the events. */
async function runIn(days: number) {
  await reader.read();
  api.requests.reset();
  const run = await remindReviews(store, new Date(Date.now() + days * DAY));
  const requests = api.requests.byCommand();
  bridge.reset();
  await processBatch(await reader.read());
  return {
    run,
    requests,
    events: bridge.accepted().filter((e) => e.detailType === 'JourneyMapReviewDue'),
  };
}

describe('Review reminders', () => {
  let owner: Caller;
  let weekly: { id: string };
  let quarterly: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    owner = api.caller('OWNER');
    weekly = await createMap(owner, {
      title: 'Hebdo',
      reviewCadenceDays: 7,
      owner: 'marie@example.com',
    });
    quarterly = await createMap(owner, { title: 'Trimestrielle' });
    other = await createMap(api.caller('EDITOR'), { title: 'Autre espace', reviewCadenceDays: 7 });
  });

  it('sends nothing before a review date', async () => {
    const { run, events } = await runIn(1);
    expect(run).toEqual({ due: 0, sent: 0, alreadySent: 0, stale: 0 });
    expect(events).toEqual([]);
  });

  it('reminds every workspace’s maps whose date has passed, once: one Query, one transaction per map', async () => {
    const { run, requests, events } = await runIn(8);
    expect(run).toMatchObject({ due: 2, sent: 2 });
    expect(requests).toEqual({ Query: 1, TransactWriteItems: 2 });
    expect(events.map((e) => e.detail.mapId).sort()).toEqual([weekly.id, other.id].sort());
    const mine = events.find((e) => e.detail.mapId === weekly.id)!.detail;
    expect(mine).toMatchObject({
      workspaceId: owner.workspaceId,
      title: 'Hebdo',
      owner: 'marie@example.com',
      reviewCadenceDays: 7,
      reminder: 0,
      actor: { kind: 'SYSTEM', id: 'review-schedule' },
    });
    for (const e of events) expect(schemaErrors(e.detailType, e.detail)).toEqual([]);

    const again = await runIn(8);
    expect(again.run.due).toBe(0);
    expect(again.events).toEqual([]);
  });

  it('reminds again one cadence later while the map stays unreviewed', async () => {
    const { events } = await runIn(15);
    expect(events.map((e) => [e.detail.mapId, e.detail.reminder])).toEqual(
      expect.arrayContaining([[weekly.id, 1]]),
    );
    const due = await runIn(95);
    expect(due.events.map((e) => [e.detail.mapId, e.detail.reminder])).toEqual(
      expect.arrayContaining([
        [quarterly.id, 0],
        [weekly.id, 12],
      ]),
    );
  });

  it('starts over at the new date once the map is reviewed, and forgets deleted maps', async () => {
    await owner.ok(
      `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { nextReviewAt } } }`,
      { input: { id: weekly.id, lastReviewedAt: new Date(Date.now() + 100 * DAY).toISOString() } },
    );
    await owner.ok(
      `mutation($input: DeleteJourneyMapInput!) { deleteJourneyMap(input: $input) { deletedId } }`,
      {
        input: { id: quarterly.id },
      },
    );
    const { events } = await runIn(104);
    expect(events.map((e) => e.detail.mapId)).toEqual([other.id]);
    const reviewed = await runIn(108);
    expect(reviewed.events.map((e) => [e.detail.mapId, e.detail.reminder])).toEqual(
      expect.arrayContaining([[weekly.id, 0]]),
    );
  });

  it('reminds once per date and period even when the date is set again to the same day', async () => {
    const map = await createMap(owner, { title: 'Mensuelle', reviewCadenceDays: 30 });
    expect((await runIn(31)).events.map((e) => e.detail.mapId)).toContain(map.id);
    // Saving the map sets its (unchanged) review date again, which arms the reminder again.
    await owner.ok(
      `mutation($input: UpdateJourneyMapInput!) { updateJourneyMap(input: $input) { journeyMap { id } } }`,
      { input: { id: map.id, title: 'Mensuelle (revue)' } },
    );
    const { run, events } = await runIn(31);
    expect(events.map((e) => e.detail.mapId)).not.toContain(map.id);
    expect(run.alreadySent).toBe(1);
  });
});

import { marshall } from '@aws-sdk/util-dynamodb';
import { factFromRecord } from '../../../../store/stream/factFromRecord';
import * as keys from '../../../../store/keys';
import { partItem } from '../../../../store/items/partItem';
import { make, testId } from '../../support/records';
import { ACTOR, MAP, NOW, WS } from '../../support/table';

const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true });
const record = (
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  key: { PK: string; SK: string },
  after: Record<string, unknown> | null,
  before: Record<string, unknown> | null = null,
) => ({
  eventName,
  dynamodb: {
    Keys: image({ ...key }),
    ...(after ? { NewImage: image({ ...key, ...after }) } : {}),
    ...(before ? { OldImage: image({ ...key, ...before }) } : {}),
    SequenceNumber: '1',
  },
});
const change = (id: string) => ({
  id,
  at: NOW,
  actorKind: 'USER',
  actorId: 'user-42',
  operation: 'updateStage',
  entity: 'Stage',
  entityId: testId(11),
  summary: 'Stage renamed',
  changes: [{ entity: 'Stage', entityId: testId(11), change: 'UPDATED', fields: ['name'] }],
  omitted: 0,
});
const header = keys.mapHeaderKey(WS, MAP);

describe('factFromRecord', () => {
  it('reads a header with a new change as the map’s change at its change sequence', () => {
    const fact = factFromRecord(
      record(
        'MODIFY',
        header,
        { changeSeq: 8, lastChange: change(testId(3)) },
        { changeSeq: 7, lastChange: change(testId(2)) },
      ),
    );
    expect(fact).toMatchObject({
      kind: 'mapChanged',
      workspaceId: WS,
      mapId: MAP,
      revision: 8,
      change: { id: testId(3), actor: ACTOR, operation: 'updateStage' },
      source: { PK: header.PK, SK: header.SK, version: testId(3) },
    });
  });

  it('is no news for a header written without a new change, or still being created, or gone', () => {
    const same = change(testId(2));
    expect(
      factFromRecord(
        record('MODIFY', header, { changeSeq: 8, lastChange: same }, { lastChange: same }),
      ),
    ).toBeNull();
    expect(
      factFromRecord(record('INSERT', header, { changeSeq: 0, pendingCreation: 'token' })),
    ).toBeNull();
    expect(factFromRecord(record('REMOVE', header, null, { lastChange: same }))).toBeNull();
  });

  it('reads an improvement written over another state of itself by a change, not one re-indexed', () => {
    const key = keys.partKey(WS, MAP, 'improvement', `${MAP}:${testId(51)}`);
    const before = partItem(
      WS,
      MAP,
      'improvement',
      make.improvement({ id: `${MAP}:${testId(51)}` }),
    );
    const after = { ...before, status: 'PLANNED', revision: 2 };
    expect(
      factFromRecord(record('MODIFY', key, { ...after, changedBy: ACTOR }, before)),
    ).toMatchObject({
      kind: 'improvementUpdated',
      actor: ACTOR,
      before: { status: 'IDEA' },
      after: { status: 'PLANNED' },
      source: { version: '2' },
    });
    expect(factFromRecord(record('MODIFY', key, after, before))).toBeNull();
  });

  it('is no news for history entries, version chunks, subscriptions and other partitions', () => {
    expect(
      factFromRecord(record('INSERT', keys.historyKey(WS, MAP, testId(3)), { at: NOW })),
    ).toBeNull();
    expect(
      factFromRecord(record('INSERT', keys.versionChunkKey(WS, MAP, 1, 't', 0), { data: 'x' })),
    ).toBeNull();
    expect(
      factFromRecord(record('INSERT', keys.watcherKey(WS, MAP, 'c', 's'), { mapId: MAP })),
    ).toBeNull();
    expect(
      factFromRecord(record('INSERT', keys.connectionKey('c'), { connectedAt: NOW })),
    ).toBeNull();
  });

  it('fails, naming the item, on a change record that does not decode', () => {
    expect(() =>
      factFromRecord(record('MODIFY', header, { changeSeq: 1, lastChange: { id: 'x' } })),
    ).toThrow(header.PK);
  });
});

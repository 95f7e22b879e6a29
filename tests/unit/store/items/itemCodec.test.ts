import {
  CorruptItemError,
  ITEM_TYPE,
  decodeItem,
  decodeRecord,
  type Item,
} from '../../../../store/items/itemCodec';
import { partItem } from '../../../../store/items/partItem';
import { mapHeaderKey, mapsListKey, personaKey } from '../../../../store/keys';
import { thrown } from '../../support/errors';
import { make, testId } from '../../support/records';
import { MAP, WS } from '../../support/table';

const [STAGE, TOUCHPOINT] = [testId(11), testId(21)];

const stored = {
  header: make.header({ id: MAP, tags: ['saas'], personaIds: [testId(901)] }),
  persona: make.persona({ id: testId(901), goals: ['Gagner du temps'], age: 42 }),
  stage: make.stage({ id: STAGE, customerGoal: 'Comprendre l’offre' }),
  touchpoint: make.touchpoint({ id: TOUCHPOINT, stageId: STAGE, emotionScore: -2 }),
  painPoint: make.painPoint({ id: testId(31), touchpointId: TOUCHPOINT, evidence: ['Ticket'] }),
  kpi: make.kpi({
    id: testId(41),
    stageId: STAGE,
    history: [{ value: 38, measuredAt: '2025-03-31T00:00:00.000Z', source: 'Enquête' }],
  }),
  improvement: make.improvement({
    id: `${MAP}:${testId(51)}`,
    mapId: MAP,
    stageId: STAGE,
    touchpointIds: [TOUCHPOINT],
  }),
};

/** Each record as the item it is stored as: keys, type, bookkeeping, index keys. */
const items: { [K in keyof typeof stored]: Item } = {
  header: {
    ...mapHeaderKey(WS, MAP),
    ...mapsListKey(WS, MAP),
    entityType: ITEM_TYPE.header,
    ...stored.header,
    partCount: 5,
  },
  persona: {
    ...personaKey(WS, stored.persona.id),
    entityType: ITEM_TYPE.persona,
    ...stored.persona,
    writeToken: 'token-1',
  },
  stage: partItem(WS, MAP, 'stage', stored.stage),
  touchpoint: partItem(WS, MAP, 'touchpoint', stored.touchpoint),
  painPoint: partItem(WS, MAP, 'painPoint', stored.painPoint),
  kpi: partItem(WS, MAP, 'kpi', stored.kpi),
  improvement: partItem(WS, MAP, 'improvement', stored.improvement),
};

const without = (item: Item, ...fields: string[]): Item =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !fields.includes(k)));

const corruption = (fn: () => unknown): CorruptItemError => {
  const error = thrown(fn);
  if (!(error instanceof CorruptItemError))
    throw new Error(`expected a CorruptItemError, got ${String(error)}`);
  return error;
};

describe('The item codec', () => {
  describe('decodeItem', () => {
    it.each(Object.keys(stored) as (keyof typeof stored)[])(
      'reads a %s item back as its record, without keys, type marker or index keys',
      (kind) => {
        expect(decodeItem(kind, items[kind])).toEqual(stored[kind]);
      },
    );

    it('reads an optional field an older item lacks as null, and a list as empty', () => {
      const old = without(
        items.touchpoint,
        'description',
        'emotionScore',
        'ownerTeam',
        'actions',
        'thoughts',
      );
      expect(decodeItem('touchpoint', old)).toEqual({
        ...stored.touchpoint,
        description: null,
        emotionScore: null,
        ownerTeam: null,
        actions: [],
        thoughts: [],
      });
    });

    it('reads a KPI item without history as a KPI never measured', () => {
      expect(decodeItem('kpi', without(items.kpi, 'history', 'unit')).history).toEqual([]);
    });

    it('rejects an item missing a required field, naming its key and the field', () => {
      const error = corruption(() => decodeItem('stage', without(items.stage, 'name')));
      expect(error.name).toBe('CorruptItemError');
      expect(error.message).toContain(`${String(items.stage.PK)} / ${String(items.stage.SK)}`);
      expect(error.message).toContain('name');
      expect(error.message).toContain('Stage');
    });

    it.each([
      ['a revision that is not a number', 'stage', { revision: 'two' }, 'revision'],
      ['a revision below 1', 'stage', { revision: 0 }, 'revision'],
      [
        'an emotion score that is not an integer',
        'touchpoint',
        { emotionScore: 1.5 },
        'emotionScore',
      ],
      ['an unknown channel', 'touchpoint', { channel: 'FAX' }, 'channel'],
      ['a list that is not a list', 'painPoint', { evidence: 'Ticket' }, 'evidence'],
      [
        'a measurement without a value',
        'kpi',
        { history: [{ measuredAt: 'x' }] },
        'history.0.value',
      ],
      ['an unknown status', 'improvement', { status: 'MAYBE' }, 'status'],
      ['a boolean that is a string', 'touchpoint', { isMomentOfTruth: 'yes' }, 'isMomentOfTruth'],
    ] as const)('rejects %s, naming the key and the field', (_, kind, change, field) => {
      const item: Item = { ...items[kind], ...change };
      const error = corruption(() => decodeItem(kind, item));
      expect(error.message).toContain(`${String(item.PK)} / ${String(item.SK)}`);
      expect(error.message).toContain(field);
    });

    it('leaves the item it reads as it was', () => {
      const item = { ...items.improvement };
      decodeItem('improvement', item);
      expect(item).toEqual(items.improvement);
    });
  });

  describe('decodeRecord', () => {
    it('names the place it read from in its error', () => {
      const error = corruption(() =>
        decodeRecord('header', { ...stored.header, title: 7 }, 'version 2 of map X header'),
      );
      expect(error.message).toContain('version 2 of map X header');
      expect(error.message).toContain('title');
    });

    it('rejects a value that is not an object at all', () => {
      expect(corruption(() => decodeRecord('persona', null, 'somewhere')).message).toContain(
        'somewhere',
      );
    });
  });
});

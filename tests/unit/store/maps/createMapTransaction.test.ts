import type { MapContents } from '../../../../domain/maps/mapContents';
import type { TransactItem } from '../../../../store/dynamo/transactionLimits';
import { TRANSACTION_ITEM_LIMIT } from '../../../../store/dynamo/transactionLimits';
import { ITEM_TYPE } from '../../../../store/items/itemCodec';
import { partItem } from '../../../../store/items/partItem';
import { mapHeaderKey, mapsListKey, reviewAlertKey, personaKey } from '../../../../store/keys';
import {
  STALE_PENDING_MS,
  buildCreateMapTransaction,
  isAbandoned,
  type CreateMapSteps,
} from '../../../../store/maps/createMapTransaction';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { make, testId } from '../../support/records';
import { ACTOR, MAP, NOW, TABLE, WS } from '../../support/table';

const [MARIE, YOUSSEF] = [testId(901), testId(902)];
const [STAGE, TOUCHPOINT] = [testId(11), testId(21)];
const CREATED = '2025-06-01T11:59:59.000Z';
const TOKEN = 'creation-token';

/** A new map with two personas, one part of each kind, and `extraStages` more stages. */
const contents = (extraStages = 0): MapContents =>
  make.contents({
    header: make.header({ id: MAP, personaIds: [MARIE, YOUSSEF], createdAt: CREATED }),
    stages: [
      make.stage({ id: STAGE, orderKey: 'a' }),
      ...Array.from({ length: extraStages }, (_, i) =>
        make.stage({ id: testId(1000 + i), orderKey: `b${i}` }),
      ),
    ],
    touchpoints: [make.touchpoint({ id: TOUCHPOINT, stageId: STAGE })],
    painPoints: [make.painPoint({ id: testId(31), touchpointId: TOUCHPOINT })],
    kpis: [make.kpi({ id: testId(41), stageId: STAGE })],
    improvements: [
      make.improvement({ id: `${MAP}:${testId(51)}`, mapId: MAP, stageId: STAGE }),
      make.improvement({ id: `${MAP}:${testId(52)}`, mapId: MAP }),
    ],
  });

const meta: Parameters<typeof buildCreateMapTransaction>[3] = {
  actor: ACTOR,
  history: {
    operation: 'createJourneyMap',
    entity: 'JourneyMap',
    entityId: MAP,
    summary: 'Map "Souscription SaaS" created',
  },
  now: NOW,
  token: TOKEN,
};

const build = (c: MapContents): CreateMapSteps => buildCreateMapTransaction(TABLE, WS, c, meta);

/** Every part of `c` as the item it is stored as. */
const partItems = (c: MapContents): Item[] => [
  ...c.stages.map((r) => partItem(WS, MAP, 'stage', r)),
  ...c.touchpoints.map((r) => partItem(WS, MAP, 'touchpoint', r)),
  ...c.painPoints.map((r) => partItem(WS, MAP, 'painPoint', r)),
  ...c.kpis.map((r) => partItem(WS, MAP, 'kpi', r)),
  ...c.improvements.map((r) => partItem(WS, MAP, 'improvement', r)),
];

const isIndexKey = (attribute: string) =>
  attribute !== 'PK' && attribute !== 'SK' && /(PK|SK)$/.test(attribute);

const operationOf = (item: TransactItem | undefined): string =>
  item ? (Object.keys(item).find((k) => item[k as keyof TransactItem] !== undefined) ?? '') : '';

describe('buildCreateMapTransaction', () => {
  describe('a map that fits one transaction', () => {
    const c = contents();
    const steps = build(c);
    const headerPut = steps.items[0]?.Put;

    it('is one transaction, with nothing before or after it', () => {
      expect(steps.reserve).toBeNull();
      expect(steps.staged).toEqual([]);
      expect(steps.indexAfter).toEqual([]);
    });

    it('puts the header first, listed in the workspace and due for review, with its part count and creation', () => {
      expect(headerPut?.TableName).toBe(TABLE);
      expect(headerPut?.Item).toEqual({
        ...mapHeaderKey(WS, MAP),
        ...mapsListKey(WS, MAP),
        ...reviewAlertKey(c.header.nextReviewAt),
        entityType: ITEM_TYPE.header,
        ...c.header,
        partCount: 6,
        lastChange: expect.objectContaining({
          changes: [{ entity: 'JourneyMap', entityId: MAP, change: 'CREATED', fields: [] }],
        }),
      });
    });

    it('creates the header only if the id is free', () => {
      expect(conditionHolds(null, headerPut!)).toBe(true);
      expect(conditionHolds({ ...headerPut!.Item }, headerPut!)).toBe(false);
    });

    it('returns the header it found when the id is taken, to tell a map from a creation that died', () => {
      expect(headerPut!.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
      const abandoned = {
        ...mapHeaderKey(WS, MAP),
        pendingCreation: 'dead-creation',
        pendingSince: new Date(Date.parse(NOW) - STALE_PENDING_MS - 60_000).toISOString(),
      };
      expect(isAbandoned(abandoned, NOW)).toBe(true);
      expect(isAbandoned({ ...abandoned, pendingSince: NOW }, NOW)).toBe(false);
      expect(isAbandoned({ ...headerPut!.Item }, NOW)).toBe(false);
    });

    it('takes the steps on request, whose reservation may take over a creation that died', () => {
      const inSteps = buildCreateMapTransaction(TABLE, WS, c, meta, { inSteps: true });
      const abandoned = {
        ...mapHeaderKey(WS, MAP),
        pendingCreation: 'dead-creation',
        pendingSince: new Date(Date.parse(NOW) - STALE_PENDING_MS - 60_000).toISOString(),
      };
      expect(inSteps.reserve).not.toBeNull();
      expect(conditionHolds(abandoned, inSteps.reserve!.Put!)).toBe(true);
      expect(conditionHolds({ ...abandoned, pendingSince: NOW }, inSteps.reserve!.Put!)).toBe(
        false,
      );
    });

    it('checks, in the same transaction, that each linked persona exists', () => {
      const checks = steps.items.filter((i) => i.ConditionCheck).map((i) => i.ConditionCheck!);
      expect(checks.map((check) => check.Key)).toEqual([
        personaKey(WS, MARIE),
        personaKey(WS, YOUSSEF),
      ]);
      for (const check of checks) {
        expect(conditionHolds({ ...check.Key }, check)).toBe(true);
        expect(conditionHolds(null, check)).toBe(false);
      }
    });

    it('puts every part, improvements with their backlog index keys', () => {
      const puts = steps.items.slice(1).flatMap((i) => (i.Put ? [i.Put.Item] : []));
      for (const item of partItems(c)) expect(puts).toContainEqual(item);
      const improvement = puts.find((item) => item?.entityType === ITEM_TYPE.improvement);
      expect(improvement).toHaveProperty('mapBacklogPK');
    });

    it('writes the history entry, dated at the map’s creation', () => {
      const entry = steps.items.find((i) => i.Put?.Item?.entityType === ITEM_TYPE.history);
      expect(entry?.Put?.Item).toMatchObject({
        PK: mapHeaderKey(WS, MAP).PK,
        at: CREATED,
        actorKind: 'USER',
        actorId: 'user-42',
        operation: 'createJourneyMap',
      });
    });

    it('holds the header, a check per persona, the history entry and the parts, nothing else', () => {
      expect(steps.items).toHaveLength(1 + 2 + 1 + 6);
    });

    it('explains a failure of the header as a taken id, and of a check as a missing persona', () => {
      expect(steps.meanings.map((meaning) => meaning())).toEqual([
        { reason: 'alreadyExists', entity: 'JourneyMap', id: MAP },
        { reason: 'notFound', entity: 'Persona', id: MARIE },
        { reason: 'notFound', entity: 'Persona', id: YOUSSEF },
      ]);
      expect(steps.items.slice(1, 3).map(operationOf)).toEqual([
        'ConditionCheck',
        'ConditionCheck',
      ]);
    });

    it('still fits with exactly 100 items', () => {
      // Header, 2 persona checks and the history entry leave room for 96 parts (6 + 90).
      expect(build(contents(90)).reserve).toBeNull();
      expect(build(contents(90)).items).toHaveLength(TRANSACTION_ITEM_LIMIT);
    });
  });

  describe('a map too big for one transaction', () => {
    const c = contents(91);
    const steps = build(c);
    const reserve = steps.reserve?.Put;
    const unveil = steps.items[0]?.Update;

    describe('1. reserve', () => {
      it('puts the header pending, out of the workspace list, with this creation’s token', () => {
        expect(reserve?.Item).toEqual({
          ...mapHeaderKey(WS, MAP),
          entityType: ITEM_TYPE.header,
          ...c.header,
          partCount: 97,
          pendingCreation: TOKEN,
          pendingSince: NOW,
        });
        expect(reserve?.Item).not.toHaveProperty('wsPK');
        expect(reserve?.Item).not.toHaveProperty('wsSK');
      });

      it('takes a free id, and never a live map’s', () => {
        const live = { ...mapHeaderKey(WS, MAP), ...mapsListKey(WS, MAP), id: MAP };
        expect(conditionHolds(null, reserve!)).toBe(true);
        expect(conditionHolds(live, reserve!)).toBe(false);
      });

      it('takes over a pending header only after two minutes (its creation died)', () => {
        expect(STALE_PENDING_MS).toBe(2 * 60 * 1000);
        const pendingSince = (ms: number) => ({
          ...mapHeaderKey(WS, MAP),
          pendingCreation: 'another-token',
          pendingSince: new Date(Date.parse(NOW) - ms).toISOString(),
        });
        expect(conditionHolds(pendingSince(60_000), reserve!)).toBe(false);
        expect(conditionHolds(pendingSince(STALE_PENDING_MS), reserve!)).toBe(false);
        expect(conditionHolds(pendingSince(STALE_PENDING_MS + 1), reserve!)).toBe(true);
      });
    });

    describe('2. staged parts', () => {
      it('are every part of the map', () => {
        expect(steps.staged.map((item) => item.SK)).toEqual(partItems(c).map((item) => item.SK));
      });

      it('carry no backlog index key on improvements, so no listing shows them yet', () => {
        const improvements = steps.staged.filter((i) => i.entityType === ITEM_TYPE.improvement);
        expect(improvements).toHaveLength(2);
        for (const item of improvements) {
          expect(Object.keys(item).filter(isIndexKey)).toEqual([]);
          expect(item).toMatchObject(c.improvements.find((r) => r.id === item.id)!);
          expect(item.PK).toBe(mapHeaderKey(WS, MAP).PK);
        }
      });

      it('keep the other parts whole', () => {
        const others = steps.staged.filter((i) => i.entityType !== ITEM_TYPE.improvement);
        expect(others).toEqual(partItems(c).filter((i) => i.entityType !== ITEM_TYPE.improvement));
      });
    });

    describe('3. unveil', () => {
      it('is one transaction that lists the header and lifts its pending mark', () => {
        expect(unveil?.Key).toEqual(mapHeaderKey(WS, MAP));
        const after = applyUpdate({ ...reserve!.Item }, unveil!);
        expect(after).toEqual({
          ...mapHeaderKey(WS, MAP),
          ...mapsListKey(WS, MAP),
          ...reviewAlertKey(c.header.nextReviewAt),
          entityType: ITEM_TYPE.header,
          ...c.header,
          partCount: 97,
          lastChange: expect.objectContaining({
            changes: [{ entity: 'JourneyMap', entityId: MAP, change: 'CREATED', fields: [] }],
          }),
        });
      });

      it('applies only while the header is still this creation’s', () => {
        expect(conditionHolds({ ...reserve!.Item }, unveil!)).toBe(true);
        const takenOver = { ...reserve!.Item, pendingCreation: 'another-token' };
        expect(conditionHolds(takenOver, unveil!)).toBe(false);
        expect(conditionHolds(null, unveil!)).toBe(false);
      });

      it('checks the personas and writes the history entry in the same transaction', () => {
        expect(steps.items.map(operationOf)).toEqual([
          'Update',
          'ConditionCheck',
          'ConditionCheck',
          'Put',
        ]);
        expect(steps.items[3]?.Put?.Item?.entityType).toBe(ITEM_TYPE.history);
        expect(steps.meanings.map((meaning) => meaning())).toEqual([
          { reason: 'alreadyExists', entity: 'JourneyMap', id: MAP },
          { reason: 'notFound', entity: 'Persona', id: MARIE },
          { reason: 'notFound', entity: 'Persona', id: YOUSSEF },
        ]);
      });
    });

    describe('4. index after', () => {
      it('puts the improvements again, with their backlog index keys', () => {
        expect(steps.indexAfter).toEqual(
          c.improvements.map((r) => partItem(WS, MAP, 'improvement', r)),
        );
      });
    });
  });
});

import type { MapChange, MapWrite } from '../../../../domain/ports/mapWrite';
import { LIMITS } from '../../../../domain/validation/limits';
import type { CancellationReason } from '../../../../store/dynamo/dynamoErrors';
import { mapHeaderKey, partKey, personaKey } from '../../../../store/keys';
import {
  buildMapWriteTransaction,
  cancellationRejection,
  type BuiltTransaction,
} from '../../../../store/maps/mapWriteTransaction';
import { TRANSACTION_ITEM_LIMIT } from '../../../../store/dynamo/transactionLimits';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { make, testId } from '../../support/records';
import { ACTOR, MAP, NOW, TABLE, WS } from '../../support/table';

const [STAGE, TOUCHPOINT, KPI, PERSONA] = [testId(2), testId(3), testId(4), testId(5)];
const BEFORE = '2025-05-01T08:00:00.000Z';

const write = (fields: Partial<MapWrite> = {}): MapWrite => ({
  now: NOW,
  actor: ACTOR,
  changes: [],
  history: {
    operation: 'addStage',
    entity: 'Stage',
    entityId: STAGE,
    summary: 'Stage "Discovery" added',
  },
  ...fields,
});

const build = (fields: Partial<MapWrite> = {}): BuiltTransaction =>
  buildMapWriteTransaction(TABLE, WS, MAP, write(fields));

/** The header item as stored before the write. */
const storedHeader = (fields: Item = {}): Item => ({
  ...mapHeaderKey(WS, MAP),
  id: MAP,
  title: 'Souscription SaaS',
  revision: 2,
  changeSeq: 7,
  partCount: 12,
  updatedAt: BEFORE,
  ...fields,
});

type Transact = BuiltTransaction['items'][number];

function headerUpdate(built: BuiltTransaction) {
  const update = built.items[0]?.Update;
  if (!update) throw new Error('the first item is not an Update');
  return update;
}

const operation = (item: Transact | undefined): string =>
  item ? (Object.keys(item).find((k) => item[k as keyof Transact] !== undefined) ?? '') : '';

const createStage = (id = STAGE): MapChange => ({
  kind: 'create',
  part: 'stage',
  record: make.stage({ id, orderKey: 'V' }),
});

const deleteStage = (id: string): MapChange => ({
  kind: 'delete',
  part: 'stage',
  id,
  revision: null,
});

describe('The map write transaction', () => {
  describe('buildMapWriteTransaction', () => {
    describe('the header update', () => {
      it('comes first and addresses the map header', () => {
        const built = build({ changes: [createStage()] });
        expect(operation(built.items[0])).toBe('Update');
        expect(headerUpdate(built).Key).toEqual(mapHeaderKey(WS, MAP));
        expect(headerUpdate(built).TableName).toBe(TABLE);
      });

      it('bumps changeSeq and updatedAt but not the revision when no header field changes', () => {
        const after = applyUpdate(
          storedHeader(),
          headerUpdate(build({ changes: [createStage()] })),
        );
        expect(after).toMatchObject({ changeSeq: 8, updatedAt: NOW, revision: 2 });
      });

      it('sets the changed header fields and bumps the revision', () => {
        const built = build({ header: { title: 'Souscription SaaS v2', owner: null } });
        expect(applyUpdate(storedHeader({ owner: 'Léa' }), headerUpdate(built))).toMatchObject({
          title: 'Souscription SaaS v2',
          owner: null,
          revision: 3,
          changeSeq: 8,
          updatedAt: NOW,
        });
      });

      it('applies only to a live map: it fails when the header is missing or deleted', () => {
        const update = headerUpdate(build());
        expect(conditionHolds(storedHeader(), update)).toBe(true);
        expect(conditionHolds(null, update)).toBe(false);
        expect(conditionHolds(storedHeader({ deletedAt: NOW }), update)).toBe(false);
      });

      it('holds whatever the revision and changeSeq when the write asks for neither', () => {
        const update = headerUpdate(build());
        expect(conditionHolds(storedHeader({ revision: 99, changeSeq: 99 }), update)).toBe(true);
      });

      it('with an expected revision, fails when the map is at another revision', () => {
        const update = headerUpdate(
          build({ header: { title: 'T' }, revision: { expected: 2, source: 'caller' } }),
        );
        expect(conditionHolds(storedHeader({ revision: 2 }), update)).toBe(true);
        expect(conditionHolds(storedHeader({ revision: 3 }), update)).toBe(false);
      });

      it('with an expected changeSeq, fails when the map changed since it was read', () => {
        const update = headerUpdate(build({ expectedChangeSeq: 7 }));
        expect(conditionHolds(storedHeader({ changeSeq: 7 }), update)).toBe(true);
        expect(conditionHolds(storedHeader({ changeSeq: 8 }), update)).toBe(false);
      });

      it('asks for the header as it was when its condition fails', () => {
        expect(headerUpdate(build()).ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
      });
    });

    describe('part changes', () => {
      it('create a part only where none exists yet', () => {
        const record = make.stage({ id: STAGE, name: 'Discovery', orderKey: 'V' });
        const put = build({ changes: [{ kind: 'create', part: 'stage', record }] }).items[1]?.Put;
        expect(put?.Item).toMatchObject({ ...partKey(WS, MAP, 'stage', STAGE), ...record });
        expect(put?.Item?.entityType).toBe('Stage');
        expect(conditionHolds(null, put!)).toBe(true);
        expect(conditionHolds({ ...partKey(WS, MAP, 'stage', STAGE) }, put!)).toBe(false);
      });

      it('update a part: its fields, updatedAt and revision, only if it exists', () => {
        const update = build({
          changes: [
            {
              kind: 'update',
              part: 'stage',
              id: STAGE,
              set: { name: 'Découverte' },
              revision: null,
            },
          ],
        }).items[1]?.Update;
        expect(update?.Key).toEqual(partKey(WS, MAP, 'stage', STAGE));
        const stored = { ...partKey(WS, MAP, 'stage', STAGE), name: 'Discovery', revision: 4 };
        expect(applyUpdate(stored, update!)).toMatchObject({
          name: 'Découverte',
          revision: 5,
          updatedAt: NOW,
        });
        expect(conditionHolds(stored, update!)).toBe(true);
        expect(conditionHolds(null, update!)).toBe(false);
      });

      it('update a part only at the expected revision when one is given', () => {
        const update = build({
          changes: [
            {
              kind: 'update',
              part: 'touchpoint',
              id: TOUCHPOINT,
              set: { emotionScore: -1 },
              revision: { expected: 4, source: 'caller' },
            },
          ],
        }).items[1]?.Update;
        const stored = partKey(WS, MAP, 'touchpoint', TOUCHPOINT);
        expect(conditionHolds({ ...stored, revision: 4 }, update!)).toBe(true);
        expect(conditionHolds({ ...stored, revision: 5 }, update!)).toBe(false);
      });

      it('delete a part if it exists, at the expected revision when one is given', () => {
        const built = build({
          changes: [
            {
              kind: 'delete',
              part: 'kpi',
              id: KPI,
              revision: { expected: 2, source: 'read' },
            },
          ],
        });
        const del = built.items[1]?.Delete;
        expect(del?.Key).toEqual(partKey(WS, MAP, 'kpi', KPI));
        const stored = partKey(WS, MAP, 'kpi', KPI);
        expect(conditionHolds({ ...stored, revision: 2 }, del!)).toBe(true);
        expect(conditionHolds({ ...stored, revision: 3 }, del!)).toBe(false);
        expect(conditionHolds(null, del!)).toBe(false);
      });

      it('require a part with a ConditionCheck that fails when it is missing', () => {
        const built = build({ changes: [{ kind: 'require', part: 'stage', id: STAGE }] });
        const check = built.items[1]?.ConditionCheck;
        expect(check?.Key).toEqual(partKey(WS, MAP, 'stage', STAGE));
        expect(conditionHolds({ ...partKey(WS, MAP, 'stage', STAGE) }, check!)).toBe(true);
        expect(conditionHolds(null, check!)).toBe(false);
      });

      it('replace a whole part only at the expected revision', () => {
        const record = make.touchpoint({ id: TOUCHPOINT, stageId: STAGE, revision: 4 });
        const put = build({
          changes: [
            {
              kind: 'replace',
              part: 'touchpoint',
              record,
              revision: { expected: 3, source: 'read' },
            },
          ],
        }).items[1]?.Put;
        expect(put?.Item).toMatchObject(record);
        const stored = partKey(WS, MAP, 'touchpoint', TOUCHPOINT);
        expect(conditionHolds({ ...stored, revision: 3 }, put!)).toBe(true);
        expect(conditionHolds({ ...stored, revision: 4 }, put!)).toBe(false);
        expect(conditionHolds(null, put!)).toBe(false);
      });

      it('append a measurement to a KPI without reading it, up to the history limit', () => {
        const measurement = { value: 42, measuredAt: NOW, source: 'Survey' };
        const update = build({
          changes: [
            { kind: 'appendMeasurement', part: 'kpi', id: KPI, measurements: [measurement] },
          ],
        }).items[1]?.Update;
        const stored = {
          ...partKey(WS, MAP, 'kpi', KPI),
          ...make.kpi({ id: KPI, stageId: STAGE }),
          history: [{ value: 30, measuredAt: BEFORE, source: null }],
        };
        expect(applyUpdate(stored, update!)).toMatchObject({
          history: [stored.history[0], measurement],
          revision: 2,
          updatedAt: NOW,
        });
        const full = {
          ...stored,
          history: Array.from({ length: LIMITS.kpiHistoryMax }, () => stored.history[0]),
        };
        expect(conditionHolds(stored, update!)).toBe(true);
        expect(conditionHolds(full, update!)).toBe(false);
        expect(conditionHolds(null, update!)).toBe(false);
      });

      it('append several measurements at the revision read, only while they all fit', () => {
        const measurements = [
          { value: 41, measuredAt: NOW, source: 'Survey', externalId: 'batch-41' },
          { value: 42, measuredAt: NOW, source: 'Survey', externalId: 'batch-42' },
        ];
        const update = build({
          changes: [
            {
              kind: 'appendMeasurement',
              part: 'kpi',
              id: KPI,
              measurements,
              revision: { expected: 1, source: 'read' },
            },
          ],
        }).items[1]?.Update;
        const stored = {
          ...partKey(WS, MAP, 'kpi', KPI),
          ...make.kpi({ id: KPI, stageId: STAGE }),
        };
        expect(applyUpdate(stored, update!)).toMatchObject({ history: measurements, revision: 2 });
        const oneShort = {
          ...stored,
          history: Array.from({ length: LIMITS.kpiHistoryMax - 1 }, () => measurements[0]),
        };
        const twoShort = { ...oneShort, history: oneShort.history.slice(1) };
        expect(conditionHolds(twoShort, update!)).toBe(true);
        expect(conditionHolds(oneShort, update!)).toBe(false);
        expect(conditionHolds({ ...stored, revision: 2 }, update!)).toBe(false);
      });

      it('come after the header, in the order given', () => {
        const built = build({
          changes: [
            { kind: 'require', part: 'stage', id: STAGE },
            createStage(testId(6)),
            deleteStage(testId(7)),
          ],
        });
        expect(built.items.slice(0, 4).map(operation)).toEqual([
          'Update',
          'ConditionCheck',
          'Put',
          'Delete',
        ]);
      });
    });

    describe('the part count', () => {
      it('grows by the parts created, less the parts deleted', () => {
        const built = build({
          changes: [createStage(testId(6)), createStage(testId(7)), deleteStage(testId(8))],
        });
        expect(applyUpdate(storedHeader({ partCount: 12 }), headerUpdate(built)).partCount).toBe(
          13,
        );
      });

      it('rejects creating parts that would take the map over its limit', () => {
        const update = headerUpdate(
          build({ changes: [createStage(testId(6)), createStage(testId(7))] }),
        );
        expect(conditionHolds(storedHeader({ partCount: LIMITS.partsPerMap - 2 }), update)).toBe(
          true,
        );
        expect(conditionHolds(storedHeader({ partCount: LIMITS.partsPerMap - 1 }), update)).toBe(
          false,
        );
      });

      it('shrinks without a size condition when parts are only deleted', () => {
        const update = headerUpdate(build({ changes: [deleteStage(testId(8))] }));
        const full = storedHeader({ partCount: LIMITS.partsPerMap });
        expect(conditionHolds(full, update)).toBe(true);
        expect(applyUpdate(full, update).partCount).toBe(LIMITS.partsPerMap - 1);
      });

      it('stays as it is when no part is created or deleted', () => {
        const update = headerUpdate(
          build({
            changes: [
              { kind: 'update', part: 'stage', id: STAGE, set: { name: 'S' }, revision: null },
            ],
          }),
        );
        expect(applyUpdate(storedHeader({ partCount: 12 }), update).partCount).toBe(12);
      });
    });

    describe('linked personas', () => {
      it('must exist: one ConditionCheck per persona in the workspace', () => {
        const built = build({ header: { personaIds: [PERSONA] }, requirePersonas: [PERSONA] });
        const check = built.items.find((i) => i.ConditionCheck)?.ConditionCheck;
        expect(check?.Key).toEqual(personaKey(WS, PERSONA));
        expect(conditionHolds({ ...personaKey(WS, PERSONA) }, check!)).toBe(true);
        expect(conditionHolds(null, check!)).toBe(false);
      });
    });

    describe('the history entry', () => {
      it('is put in the same transaction with who, what and when', () => {
        const built = build({ changes: [createStage()] });
        const entries = built.items.filter((i) => String(i.Put?.Item?.SK).startsWith('H#'));
        expect(entries).toHaveLength(1);
        expect(entries[0]?.Put?.Item).toMatchObject({
          PK: mapHeaderKey(WS, MAP).PK,
          at: NOW,
          actorKind: 'USER',
          actorId: 'user-42',
          operation: 'addStage',
          entity: 'Stage',
          entityId: STAGE,
          summary: 'Stage "Discovery" added',
        });
      });
    });

    describe('clean-up of unreachable parts', () => {
      const cleanup = (count: number) =>
        Array.from({ length: count }, (_, i) => ({
          part: 'touchpoint' as const,
          id: testId(100 + i),
        }));

      it('deletes them in the transaction when it has room', () => {
        const built = build({ changes: [deleteStage(STAGE)], cleanup: cleanup(3) });
        const deletes = built.items.filter((i) => i.Delete).map((i) => i.Delete?.Key);
        expect(deletes).toEqual([
          partKey(WS, MAP, 'stage', STAGE),
          ...cleanup(3).map((c) => partKey(WS, MAP, c.part, c.id)),
        ]);
        expect(built.deferredCleanup).toEqual([]);
      });

      it('fills the transaction up to exactly 100 items', () => {
        // Header, the stage delete and the history entry leave room for 97 deletes.
        const built = build({ changes: [deleteStage(STAGE)], cleanup: cleanup(97) });
        expect(built.items).toHaveLength(TRANSACTION_ITEM_LIMIT);
        expect(built.deferredCleanup).toEqual([]);
      });

      it('defers every one of them when they do not fit', () => {
        const built = build({ changes: [deleteStage(STAGE)], cleanup: cleanup(98) });
        expect(built.items.length).toBeLessThanOrEqual(TRANSACTION_ITEM_LIMIT);
        expect(built.items.filter((i) => i.Delete)).toHaveLength(1);
        expect(built.deferredCleanup).toEqual(
          cleanup(98).map((c) => partKey(WS, MAP, c.part, c.id)),
        );
      });

      it('counts them out of the part count either way', () => {
        for (const count of [3, 150]) {
          const update = headerUpdate(
            build({ changes: [deleteStage(STAGE)], cleanup: cleanup(count) }),
          );
          expect(applyUpdate(storedHeader({ partCount: 500 }), update).partCount).toBe(
            500 - 1 - count,
          );
        }
      });
    });

    it('builds more than 100 items for a change too large for one transaction (the store rejects it)', () => {
      const changes = Array.from({ length: 99 }, (_, i) => createStage(testId(200 + i)));
      expect(build({ changes }).items.length).toBeGreaterThan(TRANSACTION_ITEM_LIMIT);
    });

    it('accepts a change that needs exactly 100 items', () => {
      const changes = Array.from({ length: 98 }, (_, i) => createStage(testId(200 + i)));
      expect(build({ changes }).items).toHaveLength(TRANSACTION_ITEM_LIMIT);
    });
  });

  describe('cancellationRejection', () => {
    /** Reasons of a cancelled transaction of `built`: 'None' everywhere but at `index`. */
    const reasons = (
      built: BuiltTransaction,
      failures: Record<number, Partial<CancellationReason>>,
    ): CancellationReason[] =>
      built.items.map((_, i) => ({
        code: 'None',
        message: '',
        item: null,
        ...(failures[i] ? { code: 'ConditionalCheckFailed', ...failures[i] } : {}),
      }));
    const rejection = (
      built: BuiltTransaction,
      failures: Record<number, Partial<CancellationReason>>,
    ) => cancellationRejection(reasons(built, failures), built.meanings);

    it('says the map is not found when the header is missing', () => {
      const built = build({ changes: [createStage()] });
      expect(rejection(built, { 0: { item: null } })).toEqual({
        reason: 'notFound',
        entity: 'JourneyMap',
        id: MAP,
      });
    });

    it('says the map is not found when it is being deleted', () => {
      const built = build();
      expect(rejection(built, { 0: { item: storedHeader({ deletedAt: NOW }) } })).toMatchObject({
        reason: 'notFound',
        entity: 'JourneyMap',
      });
    });

    it('reports the header before any part when both failed', () => {
      const built = build({ changes: [createStage()] });
      expect(rejection(built, { 0: { item: null }, 1: {} })).toMatchObject({
        reason: 'notFound',
        entity: 'JourneyMap',
      });
    });

    it('gives the current revision for a stale expectedRevision, with the check it failed', () => {
      const check = { expected: 2, source: 'caller' } as const;
      const built = build({ header: { title: 'T' }, revision: check });
      expect(rejection(built, { 0: { item: storedHeader({ revision: 5 }) } })).toEqual({
        reason: 'revisionMismatch',
        entity: 'JourneyMap',
        id: MAP,
        check,
        current: 5,
      });
    });

    it('says which check failed for a revision the use case read itself (it redoes)', () => {
      const built = build({ header: { title: 'T' }, revision: { expected: 2, source: 'read' } });
      expect(rejection(built, { 0: { item: storedHeader({ revision: 5 }) } })).toMatchObject({
        reason: 'revisionMismatch',
        check: { source: 'read' },
      });
    });

    it('says the map changed when its changeSeq moved since it was read', () => {
      const built = build({ expectedChangeSeq: 7 });
      expect(rejection(built, { 0: { item: storedHeader({ changeSeq: 9 }) } })).toEqual({
        reason: 'mapChanged',
      });
    });

    it('says the map is full, with its count and the limit', () => {
      const built = build({ changes: [createStage()] });
      expect(
        rejection(built, { 0: { item: storedHeader({ partCount: LIMITS.partsPerMap }) } }),
      ).toEqual({ reason: 'mapFull', partCount: LIMITS.partsPerMap, limit: LIMITS.partsPerMap });
    });

    it('is contention for a TransactionConflict, wherever it is', () => {
      const built = build({ changes: [createStage()] });
      const conflict = reasons(built, { 0: { item: null } });
      conflict[1] = { code: 'TransactionConflict', message: '', item: null };
      expect(cancellationRejection(conflict, built.meanings)).toEqual({ reason: 'contention' });
    });

    it('says a created part’s id already exists', () => {
      const built = build({ changes: [createStage()] });
      expect(rejection(built, { 1: {} })).toEqual({
        reason: 'alreadyExists',
        entity: 'Stage',
        id: STAGE,
      });
    });

    it('says a required part is missing', () => {
      const built = build({ changes: [{ kind: 'require', part: 'stage', id: STAGE }] });
      expect(rejection(built, { 1: {} })).toEqual({
        reason: 'notFound',
        entity: 'Stage',
        id: STAGE,
      });
    });

    it('says an updated part is missing', () => {
      const built = build({
        changes: [{ kind: 'update', part: 'touchpoint', id: TOUCHPOINT, set: {}, revision: null }],
      });
      expect(rejection(built, { 1: { item: null } })).toEqual({
        reason: 'notFound',
        entity: 'Touchpoint',
        id: TOUCHPOINT,
      });
    });

    it('gives the current revision of a part for a stale part revision', () => {
      const built = build({
        changes: [
          {
            kind: 'delete',
            part: 'stage',
            id: STAGE,
            revision: { expected: 1, source: 'caller' },
          },
        ],
      });
      expect(
        rejection(built, { 1: { item: { ...partKey(WS, MAP, 'stage', STAGE), revision: 3 } } }),
      ).toMatchObject({ reason: 'revisionMismatch', entity: 'Stage', current: 3 });
    });

    it('says a linked persona is missing', () => {
      const built = build({ header: { personaIds: [PERSONA] }, requirePersonas: [PERSONA] });
      const index = built.items.findIndex((i) => i.ConditionCheck);
      expect(rejection(built, { [index]: {} })).toEqual({
        reason: 'notFound',
        entity: 'Persona',
        id: PERSONA,
      });
    });

    it('says a KPI history is full', () => {
      const built = build({
        changes: [
          {
            kind: 'appendMeasurement',
            part: 'kpi',
            id: KPI,
            measurements: [{ value: 1, measuredAt: NOW, source: null }],
          },
        ],
      });
      expect(
        rejection(built, { 1: { item: { ...partKey(WS, MAP, 'kpi', KPI), history: [] } } }),
      ).toEqual({ reason: 'kpiHistoryFull', kpiId: KPI, limit: LIMITS.kpiHistoryMax });
    });

    it('throws, rather than blame the caller, for a cancellation nobody can fix', () => {
      const built = build();
      const invalid = reasons(built, {});
      invalid[0] = { code: 'ValidationError', message: 'Something odd', item: null };
      expect(() => cancellationRejection(invalid, built.meanings)).toThrow('ValidationError');
    });
  });
});

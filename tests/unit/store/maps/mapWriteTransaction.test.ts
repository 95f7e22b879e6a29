import { ContentionError, DomainError } from '../../../../domain/shared/errors';
import type { MapChange, MapWrite } from '../../../../domain/ports';
import { LIMITS } from '../../../../domain/validation/limits';
import type { CancellationReason } from '../../../../store/dynamo/dynamoErrors';
import { mapHeaderKey, partKey, personaKey } from '../../../../store/keys';
import {
  buildMapWriteTransaction,
  cancellationError,
  type BuiltTransaction,
} from '../../../../store/maps/mapWriteTransaction';
import { TRANSACTION_ITEM_LIMIT } from '../../../../store/dynamo/transactionLimits';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { domainError } from '../../support/errors';
import { kpiRecord, stageRecord, testId, touchpointRecord } from '../../support/records';

const TABLE = 'journey-maps-test';
const WS = 'acme';
const MAP = testId(1);
const [STAGE, TOUCHPOINT, KPI, PERSONA] = [testId(2), testId(3), testId(4), testId(5)];
const NOW = '2025-06-01T12:00:00.000Z';
const BEFORE = '2025-05-01T08:00:00.000Z';

const write = (fields: Partial<MapWrite> = {}): MapWrite => ({
  now: NOW,
  actor: { kind: 'USER', id: 'user-42' },
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
  record: stageRecord({ id, orderKey: 'V' }),
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
          build({ header: { title: 'T' }, revision: { expected: 2, onMismatch: 'CONFLICT' } }),
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
        const record = stageRecord({ id: STAGE, name: 'Discovery', orderKey: 'V' });
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
              revision: { expected: 4, onMismatch: 'CONFLICT' },
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
              revision: { expected: 2, onMismatch: 'RETRY' },
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
        const record = touchpointRecord({ id: TOUCHPOINT, stageId: STAGE, revision: 4 });
        const put = build({
          changes: [
            {
              kind: 'replace',
              part: 'touchpoint',
              record,
              revision: { expected: 3, onMismatch: 'RETRY' },
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
          changes: [{ kind: 'appendMeasurement', part: 'kpi', id: KPI, measurement }],
        }).items[1]?.Update;
        const stored = {
          ...partKey(WS, MAP, 'kpi', KPI),
          ...kpiRecord({ id: KPI, stageId: STAGE }),
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

    it('rejects a change that needs more than 100 items as BAD_USER_INPUT', () => {
      const changes = Array.from({ length: 99 }, (_, i) => createStage(testId(200 + i)));
      const error = domainError(() => build({ changes }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details.issues?.[0]?.path[0]).toBe('input');
    });

    it('accepts a change that needs exactly 100 items', () => {
      const changes = Array.from({ length: 98 }, (_, i) => createStage(testId(200 + i)));
      expect(build({ changes }).items).toHaveLength(TRANSACTION_ITEM_LIMIT);
    });
  });

  describe('cancellationError', () => {
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

    it('is NOT_FOUND JourneyMap when the header is missing', () => {
      const built = build({ changes: [createStage()] });
      const error = cancellationError(reasons(built, { 0: { item: null } }), built.meanings);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('NOT_FOUND');
      expect(error.message).toContain('JourneyMap');
      expect(error.message).toContain(MAP);
    });

    it('is NOT_FOUND JourneyMap when the map is being deleted', () => {
      const built = build();
      const error = cancellationError(
        reasons(built, { 0: { item: storedHeader({ deletedAt: NOW }) } }),
        built.meanings,
      );
      expect((error as DomainError).code).toBe('NOT_FOUND');
    });

    it('reports the header before any part when both failed', () => {
      const built = build({ changes: [createStage()] });
      const error = cancellationError(reasons(built, { 0: { item: null }, 1: {} }), built.meanings);
      expect((error as DomainError).code).toBe('NOT_FOUND');
      expect(error.message).toContain('JourneyMap');
    });

    it('is CONFLICT with the current revision for a stale expectedRevision', () => {
      const built = build({
        header: { title: 'T' },
        revision: { expected: 2, onMismatch: 'CONFLICT' },
      });
      const error = cancellationError(
        reasons(built, { 0: { item: storedHeader({ revision: 5 }) } }),
        built.meanings,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CONFLICT');
      expect((error as DomainError).details.currentRevision).toBe(5);
    });

    it('is a ContentionError (retry) for a revision the use case read itself', () => {
      const built = build({
        header: { title: 'T' },
        revision: { expected: 2, onMismatch: 'RETRY' },
      });
      const error = cancellationError(
        reasons(built, { 0: { item: storedHeader({ revision: 5 }) } }),
        built.meanings,
      );
      expect(error).toBeInstanceOf(ContentionError);
    });

    it('is a ContentionError when the map changed since it was read', () => {
      const built = build({ expectedChangeSeq: 7 });
      const error = cancellationError(
        reasons(built, { 0: { item: storedHeader({ changeSeq: 9 }) } }),
        built.meanings,
      );
      expect(error).toBeInstanceOf(ContentionError);
    });

    it('is BAD_USER_INPUT at input.mapId when the map is full', () => {
      const built = build({ changes: [createStage()] });
      const error = cancellationError(
        reasons(built, { 0: { item: storedHeader({ partCount: LIMITS.partsPerMap }) } }),
        built.meanings,
      );
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).details.issues?.map((i) => i.path)).toEqual([
        ['input', 'mapId'],
      ]);
    });

    it('is a ContentionError for a TransactionConflict, wherever it is', () => {
      const built = build({ changes: [createStage()] });
      const conflict = reasons(built, { 0: { item: null } });
      conflict[1] = { code: 'TransactionConflict', message: '', item: null };
      expect(cancellationError(conflict, built.meanings)).toBeInstanceOf(ContentionError);
    });

    it('is CONFLICT when a created part’s id already exists', () => {
      const built = build({ changes: [createStage()] });
      const error = cancellationError(reasons(built, { 1: {} }), built.meanings);
      expect((error as DomainError).code).toBe('CONFLICT');
      expect(error.message).toContain(STAGE);
    });

    it('is NOT_FOUND for a required part that is missing', () => {
      const built = build({ changes: [{ kind: 'require', part: 'stage', id: STAGE }] });
      const error = cancellationError(reasons(built, { 1: {} }), built.meanings);
      expect((error as DomainError).code).toBe('NOT_FOUND');
      expect(error.message).toContain('Stage');
    });

    it('is NOT_FOUND for an updated part that is missing', () => {
      const built = build({
        changes: [{ kind: 'update', part: 'touchpoint', id: TOUCHPOINT, set: {}, revision: null }],
      });
      const error = cancellationError(reasons(built, { 1: { item: null } }), built.meanings);
      expect((error as DomainError).code).toBe('NOT_FOUND');
      expect(error.message).toContain('Touchpoint');
    });

    it('is CONFLICT with the current revision for a stale part revision', () => {
      const built = build({
        changes: [
          {
            kind: 'delete',
            part: 'stage',
            id: STAGE,
            revision: { expected: 1, onMismatch: 'CONFLICT' },
          },
        ],
      });
      const error = cancellationError(
        reasons(built, { 1: { item: { ...partKey(WS, MAP, 'stage', STAGE), revision: 3 } } }),
        built.meanings,
      );
      expect((error as DomainError).code).toBe('CONFLICT');
      expect((error as DomainError).details.currentRevision).toBe(3);
    });

    it('is NOT_FOUND Persona for a linked persona that is missing', () => {
      const built = build({ header: { personaIds: [PERSONA] }, requirePersonas: [PERSONA] });
      const index = built.items.findIndex((i) => i.ConditionCheck);
      const error = cancellationError(reasons(built, { [index]: {} }), built.meanings);
      expect((error as DomainError).code).toBe('NOT_FOUND');
      expect(error.message).toContain('Persona');
      expect(error.message).toContain(PERSONA);
    });

    it('is BAD_USER_INPUT when a KPI history is full', () => {
      const built = build({
        changes: [
          {
            kind: 'appendMeasurement',
            part: 'kpi',
            id: KPI,
            measurement: { value: 1, measuredAt: NOW, source: null },
          },
        ],
      });
      const error = cancellationError(
        reasons(built, { 1: { item: { ...partKey(WS, MAP, 'kpi', KPI), history: [] } } }),
        built.meanings,
      );
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    });

    it('is an internal error, not contention, for a cancellation a retry cannot fix', () => {
      const built = build();
      const throttled = reasons(built, {});
      throttled[0] = {
        code: 'ThrottlingError',
        message: 'Throughput exceeds the current capacity',
        item: null,
      };
      const error = cancellationError(throttled, built.meanings);
      expect(error).not.toBeInstanceOf(ContentionError);
      expect(error).not.toBeInstanceOf(DomainError);
      expect(error.message).toContain('ThrottlingError');
    });
  });
});

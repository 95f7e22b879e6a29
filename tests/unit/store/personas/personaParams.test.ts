import type { PersonaRecord } from '../../../../domain/personas/persona';
import {
  deletePersonaOperation,
  getPersonaParams,
  listPersonasParams,
  putPersonaParams,
  updatePersonaParams,
} from '../../../../store/personas/personaParams';
import { applyUpdate, conditionHolds, type Item } from '../../support/dynamoExpressions';
import { make, testId } from '../../support/records';
import { NOW, TABLE, WS } from '../../support/table';

const ID = testId(7);
const TOKEN = 'token-1';

/** The persona as stored: its record plus keys. */
const stored = (fields: Item = {}): Item => ({
  ...putPersonaParams(TABLE, WS, make.persona({ id: ID, revision: 3 }), 'token-0').Item,
  ...fields,
});

/** This write's update of the persona: `set`, at `expectedRevision` when given. */
const update = (set: Partial<PersonaRecord>, expectedRevision: number | null = null) =>
  updatePersonaParams(TABLE, WS, ID, { set, expectedRevision, now: NOW }, TOKEN);

describe('Persona request builders', () => {
  describe('getPersonaParams', () => {
    it("reads the persona's item in the caller's workspace, strongly consistent", () => {
      const params = getPersonaParams(TABLE, WS, ID);
      expect(params.TableName).toBe(TABLE);
      expect(params.Key).toEqual({ PK: 'W#acme#PERSONAS', SK: `PERSONA#${ID}` });
      expect(params.ConsistentRead).toBe(true);
    });

    it('addresses a different item in another workspace', () => {
      expect(getPersonaParams(TABLE, 'other', ID).Key).not.toEqual(
        getPersonaParams(TABLE, WS, ID).Key,
      );
      expect(getPersonaParams(TABLE, WS, ID).Key.PK).toContain(WS);
    });
  });

  describe('putPersonaParams', () => {
    it('stores the whole record with its keys and entity type', () => {
      const persona = make.persona({ id: ID, goals: ['save time'] });
      const { Item } = putPersonaParams(TABLE, WS, persona, TOKEN);
      expect(Item).toMatchObject({ ...persona, entityType: 'Persona' });
      expect(Item.PK).toEqual(getPersonaParams(TABLE, WS, ID).Key.PK);
      expect(Item.SK).toEqual(getPersonaParams(TABLE, WS, ID).Key.SK);
    });

    it('only creates: the write fails when the id is taken', () => {
      const params = putPersonaParams(TABLE, WS, make.persona({ id: ID }), TOKEN);
      expect(conditionHolds(null, params)).toBe(true);
      expect(conditionHolds(stored(), params)).toBe(false);
    });
  });

  describe('updatePersonaParams', () => {
    it('sets the changed fields and updatedAt, and bumps the revision', () => {
      const params = update({ name: 'Marie B.', quote: null });
      expect(params.Key).toEqual(getPersonaParams(TABLE, WS, ID).Key);
      const after = applyUpdate(stored({ quote: 'Vite !' }), params);
      expect(after).toMatchObject({ name: 'Marie B.', quote: null, updatedAt: NOW, revision: 4 });
    });

    it('returns the item after the change, and the item as it was when the condition fails', () => {
      const params = update({ name: 'M' });
      expect(params.ReturnValues).toBe('ALL_NEW');
      expect(params.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    });

    it('fails on a missing persona instead of creating one', () => {
      const params = update({ name: 'M' });
      expect(conditionHolds(null, params)).toBe(false);
      expect(conditionHolds(stored(), params)).toBe(true);
    });

    it('fails when the item already carries this write’s token (a re-sent write applies once)', () => {
      const params = update({ name: 'M' });
      expect(applyUpdate(stored(), params).writeToken).toBe(TOKEN);
      expect(conditionHolds(stored({ writeToken: TOKEN }), params)).toBe(false);
      expect(conditionHolds(stored({ writeToken: 'another' }), params)).toBe(true);
    });

    it('with an expected revision, fails when the persona is at another revision', () => {
      const params = update({ name: 'M' }, 3);
      expect(conditionHolds(stored({ revision: 3 }), params)).toBe(true);
      expect(conditionHolds(stored({ revision: 4 }), params)).toBe(false);
    });
  });

  describe('deletePersonaOperation', () => {
    it('deletes the persona of the workspace, if it exists', () => {
      const params = deletePersonaOperation(TABLE, WS, ID, null).Delete!;
      expect(params.Key).toEqual(getPersonaParams(TABLE, WS, ID).Key);
      expect(conditionHolds(stored(), params)).toBe(true);
      expect(conditionHolds(null, params)).toBe(false);
      expect(params.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    });

    it('with an expected revision, fails when the persona is at another revision', () => {
      const params = deletePersonaOperation(TABLE, WS, ID, 2).Delete!;
      expect(conditionHolds(stored({ revision: 2 }), params)).toBe(true);
      expect(conditionHolds(stored({ revision: 3 }), params)).toBe(false);
    });
  });

  describe('listPersonasParams', () => {
    it("queries the workspace's personas with the given limit", () => {
      const params = listPersonasParams(TABLE, WS, 21, null);
      expect(params.Limit).toBe(21);
      expect(params.ExclusiveStartKey).toBeUndefined();
      const item = stored();
      expect(
        conditionHolds(item, {
          ConditionExpression: params.KeyConditionExpression,
          ExpressionAttributeNames: params.ExpressionAttributeNames,
          ExpressionAttributeValues: params.ExpressionAttributeValues,
        }),
      ).toBe(true);
    });

    it("matches no item of another workspace's persona partition", () => {
      const params = listPersonasParams(TABLE, WS, 21, null);
      const foreign = {
        ...putPersonaParams(TABLE, 'other', make.persona({ id: ID }), TOKEN).Item,
      };
      expect(
        conditionHolds(foreign, {
          ConditionExpression: params.KeyConditionExpression,
          ExpressionAttributeNames: params.ExpressionAttributeNames,
          ExpressionAttributeValues: params.ExpressionAttributeValues,
        }),
      ).toBe(false);
    });

    it("starts after the cursor's sort key, within the caller's own partition", () => {
      const params = listPersonasParams(TABLE, WS, 21, stored().SK as string);
      expect(params.ExclusiveStartKey).toEqual(getPersonaParams(TABLE, WS, ID).Key);
    });
  });
});

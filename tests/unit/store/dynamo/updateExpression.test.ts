import { ExpressionBuilder } from '../../../../store/dynamo/updateExpression';
import { applyUpdate, conditionHolds } from '../../support/dynamoExpressions';

describe('ExpressionBuilder', () => {
  describe('update expressions', () => {
    it('sets every defined field and skips undefined ones', () => {
      const params = new ExpressionBuilder()
        .setAll({ name: 'Marie', age: 35, quote: null, segment: undefined })
        .build();
      expect(applyUpdate({ name: 'Old', segment: 'PME' }, params)).toEqual({
        name: 'Marie',
        age: 35,
        quote: null,
        segment: 'PME',
      });
    });

    it('increments by one, or by a given amount', () => {
      const params = new ExpressionBuilder()
        .increment('revision')
        .increment('partCount', -3)
        .build();
      expect(applyUpdate({ revision: 4, partCount: 10 }, params)).toEqual({
        revision: 5,
        partCount: 7,
      });
    });

    it('removes attributes', () => {
      const params = new ExpressionBuilder().setAll({ a: 1 }).removeAll(['b', 'c']).build();
      expect(params.UpdateExpression).toMatch(/^SET .+ REMOVE .+$/);
      expect(applyUpdate({ b: 2, c: 3, d: 4 }, params)).toEqual({ a: 1, d: 4 });
    });

    it('accepts raw SET clauses made of its own placeholders', () => {
      const b = new ExpressionBuilder();
      b.setClause(`${b.name('history')} = list_append(${b.name('history')}, ${b.value([2])})`);
      expect(applyUpdate({ history: [1] }, b.build())).toEqual({ history: [1, 2] });
    });

    it('never writes an attribute name or value into the expression itself', () => {
      const params = new ExpressionBuilder()
        .setAll({ status: 'ACTIVE', name: 'size' })
        .equals('state', 'CURRENT')
        .build();
      const text = `${params.UpdateExpression} ${params.ConditionExpression}`;
      for (const word of ['status', 'ACTIVE', 'name', 'size', 'state', 'CURRENT']) {
        expect(text).not.toContain(word);
      }
    });

    it('uses one placeholder per attribute name, however often it is used', () => {
      const params = new ExpressionBuilder().increment('revision').equals('revision', 3).build();
      expect(Object.values(params.ExpressionAttributeNames)).toEqual(['revision']);
      expect(Object.keys(params.ExpressionAttributeValues ?? {})).toHaveLength(2);
    });
  });

  describe('condition expressions', () => {
    it('joins every condition with AND', () => {
      const params = new ExpressionBuilder()
        .exists()
        .equals('revision', 3)
        .absent('deletedAt')
        .build();
      expect(conditionHolds({ PK: 'p', revision: 3 }, params)).toBe(true);
      expect(conditionHolds({ PK: 'p', revision: 4 }, params)).toBe(false);
      expect(conditionHolds({ PK: 'p', revision: 3, deletedAt: 'x' }, params)).toBe(false);
      expect(conditionHolds(null, params)).toBe(false);
    });

    it('checks that an item does not exist yet', () => {
      const params = new ExpressionBuilder().notExists().build();
      expect(conditionHolds(null, params)).toBe(true);
      expect(conditionHolds({ PK: 'p' }, params)).toBe(false);
    });
  });

  describe('build', () => {
    it('leaves out the parts it has nothing for', () => {
      expect(new ExpressionBuilder().build()).toEqual({ ExpressionAttributeNames: {} });
      const conditionOnly = new ExpressionBuilder().exists().build();
      expect(conditionOnly.UpdateExpression).toBeUndefined();
      expect(conditionOnly.ExpressionAttributeValues).toBeUndefined();
      expect(conditionOnly.ConditionExpression).toBeDefined();
    });
  });
});

import { GraphQLError, parseValue as parseLiteralText } from 'graphql';
import { DateScalar, DateTime, JSONScalar } from '../../../../resolvers/server/scalars';

const literal = (text: string) => parseLiteralText(text);

describe('Custom scalars', () => {
  describe('DateTime', () => {
    it.each([
      ['2025-03-31T09:30:00Z', '2025-03-31T09:30:00.000Z'],
      ['2025-03-31T09:30:00.123Z', '2025-03-31T09:30:00.123Z'],
      ['2025-03-31T11:30:00+02:00', '2025-03-31T09:30:00.000Z'],
      ['2025-03-31T09:30Z', '2025-03-31T09:30:00.000Z'],
      ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
    ])('reads %s as the UTC instant %s', (value, instant) => {
      expect(DateTime.parseValue(value)).toBe(instant);
      expect(DateTime.parseLiteral(literal(JSON.stringify(value)), {})).toBe(instant);
    });

    it.each([
      ['a date without a time', '2025-03-31'],
      ['a time without a zone', '2025-03-31T09:30:00'],
      ['prose', 'next Monday'],
      ['an hour out of range', '2025-03-31T25:00:00Z'],
      ['a month out of range', '2025-13-01T00:00:00Z'],
      ['a day that does not exist', '2025-02-30T10:00:00Z'],
      ['the 31st of a 30-day month', '2025-04-31T10:00:00Z'],
      ['an empty string', ''],
    ])('rejects %s (%p)', (_case, value) => {
      expect(() => DateTime.parseValue(value)).toThrow(GraphQLError);
    });

    it('rejects values that are not strings', () => {
      expect(() => DateTime.parseValue(1743413400000)).toThrow(GraphQLError);
      expect(() => DateTime.parseValue(null)).toThrow(GraphQLError);
      expect(() => DateTime.parseLiteral(literal('1743413400000'), {})).toThrow(GraphQLError);
    });

    it('explains the expected format', () => {
      expect(() => DateTime.parseValue('2025-03-31')).toThrow(/ISO-8601.*time zone/);
    });

    it('writes instants as ISO strings', () => {
      expect(DateTime.serialize(new Date('2025-03-31T09:30:00Z'))).toBe('2025-03-31T09:30:00.000Z');
      expect(DateTime.serialize('2025-03-31T09:30:00.000Z')).toBe('2025-03-31T09:30:00.000Z');
    });
  });

  describe('Date', () => {
    it.each(['2025-06-30', '2024-02-29', '2025-12-31'])('reads %s as itself', (value) => {
      expect(DateScalar.parseValue(value)).toBe(value);
      expect(DateScalar.parseLiteral(literal(JSON.stringify(value)), {})).toBe(value);
    });

    it.each([
      ['a date-time', '2025-06-30T00:00:00Z'],
      ['unpadded digits', '2025-6-30'],
      ['a month out of range', '2025-13-01'],
      ['the 30th of February', '2025-02-30'],
      ['the 29th of February of a common year', '2025-02-29'],
      ['the 31st of a 30-day month', '2025-04-31'],
      ['a French date', '30/06/2025'],
    ])('rejects %s (%p)', (_case, value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(GraphQLError);
    });

    it('rejects values that are not strings', () => {
      expect(() => DateScalar.parseValue(20250630)).toThrow(GraphQLError);
      expect(() => DateScalar.parseLiteral(literal('20250630'), {})).toThrow(GraphQLError);
    });
  });

  describe('JSON', () => {
    it.each([
      ['an object', { before: 'Discovery', after: null }],
      ['a list', [1, 'two', false]],
      ['a number', 3.5],
      ['a string', 'text'],
      ['null', null],
    ])('passes %s through, in and out', (_case, value) => {
      expect(JSONScalar.parseValue(value)).toEqual(value);
      expect(JSONScalar.serialize(value)).toEqual(value);
    });

    it('reads literals of every JSON type, nested', () => {
      expect(
        JSONScalar.parseLiteral(
          literal(
            '{ name: "Achat", score: -1, ratio: 0.5, done: true, tags: ["a", null], sub: { x: 1 } }',
          ),
          {},
        ),
      ).toEqual({
        name: 'Achat',
        score: -1,
        ratio: 0.5,
        done: true,
        tags: ['a', null],
        sub: { x: 1 },
      });
    });

    it('reads variables inside a literal', () => {
      expect(
        JSONScalar.parseLiteral(literal('{ score: $score, tags: [$tag] }'), { score: 2, tag: 'x' }),
      ).toEqual({
        score: 2,
        tags: ['x'],
      });
    });

    it('reads an enum-like literal as its name', () => {
      expect(JSONScalar.parseLiteral(literal('{ mode: ONLINE }'), {})).toEqual({ mode: 'ONLINE' });
    });
  });
});

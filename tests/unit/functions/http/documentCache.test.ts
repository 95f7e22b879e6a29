import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { createDocumentCache } from '../../../../functions/http/documentCache';

const schema = buildSchema('type Query { hello: String, count: Int }');

function counted() {
  const calls = { parse: 0, validate: 0 };
  const cache = createDocumentCache(
    (source: Parameters<typeof parse>[0]) => {
      calls.parse += 1;
      return parse(source);
    },
    (s: Parameters<typeof validate>[0], document: DocumentNode) => {
      calls.validate += 1;
      return validate(s, document);
    },
    { maxCharacters: 45 },
  );
  return { cache, calls };
}

describe('document cache', () => {
  it('parses and validates a text once, then answers from memory', () => {
    const { cache, calls } = counted();
    const first = cache.parse('{ hello }');
    expect(cache.validate(schema, first)).toEqual([]);
    const again = cache.parse('{ hello }');
    expect(again).toBe(first);
    expect(cache.validate(schema, again)).toEqual([]);
    expect(calls).toEqual({ parse: 1, validate: 1 });
  });

  it('validates an invalid document afresh every time, with its errors', () => {
    const { cache, calls } = counted();
    for (let i = 0; i < 2; i++) {
      const errors = cache.validate(schema, cache.parse('{ nope }'));
      expect(errors.map((e) => e.message)).toEqual(['Cannot query field "nope" on type "Query".']);
    }
    expect(calls.validate).toBe(2);
  });

  it('does not remember a text that does not parse', () => {
    const { cache, calls } = counted();
    expect(() => cache.parse('{ hello')).toThrow('Syntax Error');
    expect(() => cache.parse('{ hello')).toThrow('Syntax Error');
    expect(calls.parse).toBe(2);
    expect(cache.size()).toBe(0);
  });

  it('forgets the least recently used texts past its characters', () => {
    const { cache, calls } = counted();
    cache.parse('{ hello }'); // 9 characters
    cache.parse('{ count }'); // 9
    cache.parse('{ hello }'); // used again: now the most recent
    cache.parse('{ hello count a: hello b: count }'); // 33: 51 in all, over 45: the oldest goes
    expect(cache.size()).toBe(2);
    cache.parse('{ hello }');
    expect(calls.parse).toBe(3);
    cache.parse('{ count }');
    expect(calls.parse).toBe(4);
  });

  it('never holds a text longer than its whole budget', () => {
    const { cache } = counted();
    cache.parse(`{ ${'hello '.repeat(10)}}`);
    expect(cache.size()).toBe(0);
  });

  it('validates again against another schema', () => {
    const { cache, calls } = counted();
    const document = cache.parse('{ hello }');
    cache.validate(schema, document);
    const other = buildSchema('type Query { count: Int }');
    expect(cache.validate(other, document)).toHaveLength(1);
    expect(calls.validate).toBe(2);
  });
});
